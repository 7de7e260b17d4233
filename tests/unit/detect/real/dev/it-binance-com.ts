import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/it/square/post/452087',
    lang: 'it',
    tags: ['forum', 'prose'],
    blocks: [
      'Giovedì, a un certo punto, il Bitcoin è scivolato sotto i 28.000 dollari, mentre la più grande criptovaluta per capitalizzazione prolungava un crollo di due giorni.',
    ],
    expect: [p('28.000 dollari', 28000)],
  },
  {
    url: 'https://binance.com/it/square/post/7120924508345',
    lang: 'it',
    tags: ['forum', 'cost'],
    blocks: [
      "Estrarre Bitcoin costa, e con l'ultimo dimezzamento della ricompensa costa sempre di più. Secondo CoinShares oggi produrre un Bitcoin richiede circa 53.000 dollari, media di spesa delle grandi società minerarie per un BTC.",
    ],
    expect: [c('53.000 dollari', 53000)],
  },
];
