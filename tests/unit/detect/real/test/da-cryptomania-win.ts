import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptomania.win/da/blog/guider-tips/hvordan-fungerer-skat-paa-krypto-alt-hvad-du-behoever-at-vide',
    lang: 'da',
    tags: ['prose', 'change'],
    title: 'Hvordan fungerer skat på krypto: Alt hvad du behøver at vide',
    blocks: [
      'Salgspris – købspris = skattepligtig gevinst (eller tab)',
      'Hvis du f.eks. købte 1 ETH for 1.000 dollars og senere solgte den for 1.500 dollars, er det en fortjeneste på 500 dollars, du bliver beskattet af. Hvis du i stedet solgte den for 800 dollars, ville du have et tab på 200 dollars.',
      'At tjene krypto (gennem mining, staking, airdrops eller ved at blive betalt i Bitcoin) beskattes normalt som indkomst, baseret på værdien, når du modtager den.',
    ],
    expect: [
      o('1.000 dollars', 1000),
      o('1.500 dollars', 1500),
      o('500 dollars', 500),
      o('800 dollars', 800),
      o('200 dollars', 200),
    ],
  },
];
