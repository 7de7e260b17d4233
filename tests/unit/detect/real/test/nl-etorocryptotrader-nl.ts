import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.etorocryptotrader.nl/marketcap/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Marketcap',
    blocks: [
      'Marketcap is de korte vorm voor marktkapitalisatie. Het verwijst naar de totale waarde van een bepaalde cryptocurrency.',
      '“Market Cap = Prijs X Circulatie Voorziening.”',
      'Cryptocurrencies begonnen 2017 met een marktkapitalisatie van slechts $ 17,68 miljard, dat medio juni een hoogtepunt bereikte van $ 116,28 miljard (de marktkapitalisatie kruiste voor de eerste keer $ 100 miljard in de eerste week van juni) en op 21 januari 2018 werd het $ 561,69 miljard. Deze grote toename in marktkapitalisatie werd voornamelijk veroorzaakt door een reeks positief nieuws en sentiment rond Bitcoin, Ethereum en IOTA.',
    ],
    expect: [
      o('$ 17,68 miljard', 17.68e9),
      o('$ 116,28 miljard', 116.28e9),
      o('$ 100 miljard', 100e9),
      o('$ 561,69 miljard', 561.69e9),
    ],
  },
];
