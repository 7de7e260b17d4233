import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.padovanews.it/2017/12/23/bitcoin-sulle-montagne-russe/',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin sulle montagne russe',
    blocks: [
      'Bitcoin sulle montagne russe',
      'Il Bitcoin conferma la sua instabilità con una giornata da montagne russe: in quattro ore la criptovaluta è precipitata da 14.400 a 10.900 dollari (-25%)\nper poi risalire, secondo CoinDesk, altrettanto in fretta a un soffio da quota 15mila dollari, con un balzo del 35% dal minimo di giornata. Ora il Bitcoin si colloca intorno ai 14.200 dollari.',
    ],
    expect: [
      p('14.400', 14400),
      p('10.900 dollari', 10900),
      p('15mila dollari', 15000),
      p('14.200 dollari', 14200),
    ],
  },
];
