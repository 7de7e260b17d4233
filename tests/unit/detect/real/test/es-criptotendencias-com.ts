import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.criptotendencias.com/actualidad/strategy-acumula-850-btc-y-supera-los-639-000-bitcoins',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'La más reciente compra de Strategy, liderada por Michael Saylor, vuelve a poner esa pregunta sobre la mesa. Con una inversión de 99,7 millones de dólares, la firma sumó 850 BTC adicionales a sus reservas, alcanzando un total de 639.835 bitcoins bajo custodia.',
      {
        text: 'La compañía, listada en NASDAQ bajo el ticker MSTR, pagó un precio promedio de 117.344 dólares por bitcoin en esta adquisición. En total, Strategy ha destinado más de 47.330 millones de dólares para consolidar su estrategia de tesorería basada en criptoactivos, con un coste medio cercano a los 73.971 dólares por unidad.',
        heading: 'Una apuesta corporativa sin precedentes',
      },
      'Hoy, el valor de mercado de su portafolio supera los 72.000 millones de dólares, lo que convierte a Strategy en uno de los mayores tenedores institucionales de BTC a nivel global.',
      {
        text: 'A pesar de la magnitud de la compra, las acciones de Strategy abren la jornada en terreno negativo. El viernes, el título cerró en 344,75 dólares, aunque aún conserva una ganancia de más del 15% en lo que va de 2025.',
        heading: 'Impacto en el mercado y en las acciones',
      },
      {
        text: 'El mismo día, Metaplanet sorprendió con una adquisición de mayor volumen: 5.419 BTC por un valor superior a 630 millones de dólares, lo que elevó sus reservas a 25.555 bitcoins.',
        heading: 'Competencia entre gigantes corporativos',
      },
    ],
    expect: [
      o('99,7 millones de dólares', 99.7e6),
      p('117.344 dólares', 117344),
      o('47.330 millones de dólares', 47.33e9),
      p('73.971 dólares', 73971),
      o('72.000 millones de dólares', 72e9),
      o('344,75 dólares', 344.75),
      o('630 millones de dólares', 630e6),
    ],
  },
];
