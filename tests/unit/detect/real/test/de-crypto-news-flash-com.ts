import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypto-news-flash.com/de/iran-verfuegt-ueber-8-des-gesamten-bitcoin-supply-nur-usa-und-china-besitzen-mehr/',
    lang: 'de',
    tags: ['cost', 'prose', 'label-value'],
    title: 'Iran verfügt über 8% des gesamten Bitcoin Supply – nur USA und China besitzen mehr',
    blocks: [
      'Die Kosten für das Mining von 1 BTC im Iran liegen bei etwa 1.300 Dollar – die Strompreise waren zwischenzeitlich auf 0,020 Dollar pro kWh gefallen.',
      'Die Digital Currency Group kündigt einen neuen Bitcoin Mining Pool in den Vereinigten Staaten an.',
      'Die Rallye des Bitcoin Kurses in Richtung seines neuen Allzeithochs von über 40.000 USD hatte in einigen Teilen der Welt unerwünschte Folgen.',
      'Um 1 BTC zu produzieren, benötigt ein Pool im Iran nur 1.300 USD, bei einem durchschnittlichen Strompreis von 0,020 USD pro kWh. Laut iranischen Regierungsdaten verbraucht die Produktion von 1 BTC etwa 72.000 kWh.',
    ],
    expect: [
      c('1.300 Dollar', 1300),
      o('0,020 Dollar', 0.02),
      p('40.000 USD', 40000),
      c('1.300 USD', 1300),
      o('0,020 USD', 0.02),
    ],
  },
];
