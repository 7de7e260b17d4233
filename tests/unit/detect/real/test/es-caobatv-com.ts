import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://caobatv.com/uncategorized/energia-barata-se-convierte-en-criptomonedas-en-venezuela/',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Energía barata se convierte en criptomonedas en Venezuela',
    blocks: [
      'El ruido es ensordecedor en un edificio de Caracas: máquinas “minan” bitcoins sin parar. En una Venezuela con electricidad casi regalada, crear criptomonedas se ha vuelto un negocio muy rentable.',
      'Más pequeñas que cajas de zapatos y con un valor unitario de 400 dólares, casi 80 computadoras trabajan a tiempo completo y generan unos 125 dólares mensuales por equipo.',
      '¿La factura de electricidad? “Yo creo que ni 10 dólares al mes”, dice a gritos Theodoro Toukoumidis en la sala de exposición de su empresa Doctor Miner.',
    ],
    expect: [o('400 dólares', 400), o('125 dólares', 125), o('10 dólares', 10)],
  },
];
