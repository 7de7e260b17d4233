import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://executivefinance.nl/2024/01/bitcoin-zet-opmars-door-tot-bijna-47-000-dollar/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin zet opmars door tot bijna 47.000 dollar',
    blocks: [
      'De bitcoin zette maandag zijn opmars door en steeg tot bijna 47.000 dollar, aangejaagd door de hoop dat de Amerikaanse beurstoezichthouder deze week de eerste beursgenoteerde bitcoinfondsen toestaat.',
      'In New York werd de bitcoin maandag 6 procent meer waard, op circa 46.900 dollar. Even werd zelfs meer dan 47.000 dollar aangetikt, voor het eerst sinds april 2022.',
      'Vorig jaar werd de bitcoin al bijna 160 procent meer waard. In november 2021 tikte de munt nog een recordniveau van circa 69.000 dollar aan.',
    ],
    expect: [
      p('47.000 dollar', 47000),
      p('46.900 dollar', 46900),
      p('47.000 dollar', 47000),
      p('69.000 dollar', 69000),
    ],
  },
];
