import { o, p, type RealCase } from '../labels';

const url =
  'https://financialinvestigator.nl/nl/column-detailpagina/2025/01/27/dennis-post-crypto-en-fiscaliteit-de-stand-van-zaken';
const title = 'Dennis Post: Crypto en fiscaliteit - de stand van zaken';

export const cases: RealCase[] = [
  {
    url,
    lang: 'nl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Naar schatting heeft Nederland zo’n 2 miljoen bezitters van crypto, en dat aantal is door de gunstige koersen waarschijnlijk gegroeid. Een voorlopig hoogtepunt kwam in maart 2024, toen de koers van Bitcoin de $ 73.000 aantikte. Op het moment van schrijven is een koers van $ 100.000 al bijna in zicht!',
    ],
    expect: [p('$ 73.000', 73000), p('$ 100.000', 100000)],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Voor de meeste beleggers horen de inkomsten uit crypto in box 3, waar een heffingsvrij vermogen van € 57.000 geldt (bedrag 2024, voor fiscaal partners is dit € 114.000). Een groot deel van de bitcoinbezitters blijft onder die drempel.',
    ],
    expect: [o('€ 57.000', 57000, 'EUR'), o('€ 114.000', 114000, 'EUR')],
  },
];
