import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://disparatudinero.com/noticias/el-etf-de-bitcoin-de-blackrock-amenaza-con-superar-en-activos-al-mayor-fondo-de-oro-del-mundo-segun-los-analistas',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El ETF de bitcoin de BlackRock amenaza con superar en activos al mayor fondo de oro del mundo',
    blocks: [
      { text: 'El auge del ETF de bitcoin: a punto de superar al mayor fondo de oro', heading: 'Mercados' },
      'El mercado vive un momento histórico ante la posibilidad de que el mayor fondo cotizado (ETF) de bitcoin supere en activos gestionados al principal fondo de oro. El iShares Bitcoin ETF Trust, de BlackRock, superó los 83.000 millones de dólares en activos bajo gestión (unos 71.500 millones de euros) al cierre del 15 de julio de 2025. Por su parte, el SPDR Gold Shares, principal referente mundial del oro, cuenta con 101.000 millones de dólares gestionados.',
      'Según Deutsche Bank, el fondo de BlackRock alcanzó en solo 18 meses un tamaño que el SPDR Gold Shares tardó 15 años en lograr. Bloomberg estima que podría llegar a los 100.000 millones de dólares este mismo mes de julio.',
    ],
    expect: [
      o('83.000 millones de dólares', 83e9),
      o('71.500 millones de euros', 71.5e9, 'EUR'),
      o('101.000 millones de dólares', 101e9),
      o('100.000 millones de dólares', 100e9),
    ],
  },
];
