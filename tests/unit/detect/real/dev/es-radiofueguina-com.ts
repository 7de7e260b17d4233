import { p, type RealCase } from '../labels';

// Radio Fueguina (es): explainer on Bitcoin mining in Paraguay; the lead gives two price levels, the
// second a bare "100.000" that takes its dollars from the amount before it.
export const cases: RealCase[] = [
  {
    url: 'https://www.radiofueguina.com/2025/12/mineria-bitcoin-paraguay-represas-energia',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Bitcoin volvió a estar en todos los titulares en 2025: primero por superar los 120.000 dólares, después por caer por debajo de los 100.000 y seguir corrigiendo desde sus máximos históricos.',
      'Pero detrás de cada bitcoin que se crea hay algo mucho menos visible: las granjas de minería, salas enormes llenas de computadoras que consumen energía sin parar. Paraguay, gracias a la represa de Itaipú, se convirtió en destino de empresas mineras como HIVE Digital.',
    ],
    expect: [p('120.000 dólares', 120000), p('100.000', 100000)],
  },
];
