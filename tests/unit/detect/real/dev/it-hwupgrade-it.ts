import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hwupgrade.it/news/web/costi-dell-elettricita-per-minare-un-bitcoin-l-italia-il-paese-al-mondo-dove-il-mining-meno-conveniente_119318.html',
    lang: 'it',
    tags: ['cost', 'format'],
    title:
      "Costi dell'elettricità per minare un Bitcoin: l'Italia il paese al mondo dove il mining è meno conveniente",
    blocks: [
      {
        text: 'Secondo lo studio, negli Stati Uniti minare oggi un Bitcoin costa circa 42 mila euro (mentre un Bitcoin vale poco meno di 24 mila euro).',
        heading: 'Quanto costa minare un Bitcoin?',
      },
    ],
    expect: [c('42 mila euro', 42000, 'EUR'), p('24 mila euro', 24000, 'EUR')],
  },
  {
    url: 'https://www.hwupgrade.it/news/web/due-pizze-per-10000-bitcoin-15-anni-fa-la-storia-che-ha-cambiato-la-finanza-digitale-oggi-valgono-piu-di-un-miliardo-di-dollari_139027.html',
    lang: 'it',
    tags: ['prose', 'format'],
    title:
      'Due pizze per 10.000 Bitcoin: 15 anni fa la storia che ha cambiato la finanza digitale. Oggi valgono più di un miliardo di dollari',
    blocks: [
      "Quindici anni dopo, quei 10.000 BTC valgono oltre 1,1 miliardi di dollari, mentre Bitcoin ha appena segnato un nuovo record, oltre i 111.800 dollari per singolo BTC proprio nel giorno dell'anniversario. Lo scorso dicembre aveva sfondato il muro dei 100k.",
    ],
    expect: [o('1,1 miliardi di dollari', 1.1e9), p('111.800 dollari', 111800), p('100k', 100000)],
  },
];
