import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinhorizon.app/es/bitcoin-mining',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Minería de Bitcoin',
    blocks: [
      'De la CPU de Satoshi a las granjas de ASIC a escala industrial — la guía completa de la minería de Bitcoin',
      'La rentabilidad de la minería de Bitcoin depende del costo de la electricidad, la eficiencia del hardware y el precio de Bitcoin. Desde que el halving de abril de 2024 bajó la recompensa a 3,125 BTC, solo siguen siendo rentables los mineros con electricidad barata (menos de $0,05/kWh) y ASIC de última generación.',
    ],
    expect: [o('$0,05/kWh', 0.05)],
  },
];
