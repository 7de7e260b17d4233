import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinfacil.es/bitcoin-cae-por-debajo-de-100-000-mientras-se-enfria-el-rally-historico',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Bitcoin cae por debajo de 100.000 mientras se enfría el rally histórico',
    blocks: [
      'Bitcoin cayó por debajo de la marca simbólica de los $100.000, dejando a su paso millones en posiciones liquidadas.',
    ],
    expect: [p('$100.000', 100000)],
  },
];
