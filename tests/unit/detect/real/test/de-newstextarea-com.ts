import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newstextarea.com/deutsch/die-kosten-fur-den-abbau-eines-bitcoin-in-den-usa-steigen-von-5-000-auf-17-000-im-jahr-2023/',
    lang: 'de',
    tags: ['cost', 'prose', 'format'],
    title: 'Die Kosten für den Abbau eines Bitcoin in den USA steigen von 5.000 $ auf 17.000 $ im Jahr 2023',
    blocks: [
      'Die Kosten für den Abbau eines Bitcoin in den USA steigen von 5.000 $ auf 17.000 $ im Jahr 2023',
      'Bitcoin (BTC)-Miner müssen inzwischen mindestens 17.000 US-Dollar aufwenden, um in den USA eine BTC zu produzieren, vor einem Jahr lag die Spanne noch bei 5.000 bis 10.000 US-Dollar, so die Mining-Datenquellen Hashrate-Index und Luxor.',
      'Der Bitcoin-Hashpreis ist in einem Jahr um 58 % gefallen',
      'In Verbindung mit der Talfahrt von Bitcoin im Jahr 2022, die einen maximalen Rückgang von etwa 48.000 $ auf unter 15.000 $ brachte, liegt auf der Hand, dass aktive Miner wegen steigender Betriebskosten und geringerer Erträge dauerhaft Verluste schrieben.',
      'Das änderte sich im ersten Quartal, als der Hashpreis der Miner, also der USD-Preis pro Tera-Hash pro Sekunde und Tag (TH/s/d), dank der Preiserholung von Bitcoin um 31 % auf 30.000 $ stieg.',
      'In welchem Bundesstaat ist es am billigsten, am teuersten, Bitcoin abzubauen?',
      'New Mexico war im ersten Quartal mit 16.850 $ für die Prägung einer BTC der billigste und damit für Bitcoin-Miner rentabelste Bundesstaat.',
    ],
    expect: [
      c('5.000 $', 5000),
      c('17.000 $', 17000),
      c('17.000 US-Dollar', 17000),
      c('5.000', 5000),
      c('10.000 US-Dollar', 10000),
      p('48.000 $', 48000),
      p('15.000 $', 15000),
      p('30.000 $', 30000),
      c('16.850 $', 16850),
    ],
  },
];
