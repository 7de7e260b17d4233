import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinmagazine.nl/nieuws/bitcoin-koers-zakt-omlaag-op-eerste-kerstdag',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin koers zakt omlaag op eerste kerstdag',
    blocks: [
      'De bitcoin koers tikt nu binnen op 43.155 dollar, goed voor een market cap van 845 miljard dollar.',
      {
        heading: 'Belangrijk moment voor de bitcoin koers',
        text: 'Bitcoin probeerde opnieuw de weerstand van 43.500 dollar definitief te nemen, maar dat mislukte. Even klom de koers boven de 44.000 dollar, maar rond 44.300 dollar waren de bears zeer actief.',
      },
    ],
    expect: [
      p('43.155 dollar', 43155),
      o('845 miljard dollar', 845e9),
      p('43.500 dollar', 43500),
      p('44.000 dollar', 44000),
      p('44.300 dollar', 44300),
    ],
  },
  {
    url: 'https://bitcoinmagazine.nl/nieuws/komen-de-marges-van-bitcoin-miners-onder-druk',
    lang: 'nl',
    tags: ['format'],
    title: 'Komen de marges van bitcoin miners onder druk?',
    blocks: [
      {
        heading: 'Bitcoin mining in een notendop',
        text: 'Per gevonden block krijgen miners 6,25 bitcoin, wat neerkomt op ~$180.000 per block.',
      },
      'Koop gemakkelijk en snel Bitcoin bij Bitvavo. Ga aan de slag en betaal geen handelskosten voor je eerste aankoop tot €1.000 !',
    ],
    expect: [o('$180.000', 180000), o('€1.000', 1000, 'EUR')],
  },
];
