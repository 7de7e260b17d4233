import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nd.nl/varia/varia/1123852/bitcoin-daalt-verder-en-zakt-even-onder-30-000-dollar',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin daalt verder en zakt even onder 30.000 dollar',
    blocks: [
      'Bitcoin daalt verder en zakt even onder 30.000 dollar',
      'De waarde van de bitcoin is dinsdag verder gedaald en dook even onder de 30.000 dollar. De digitale munt was rond 07.30 uur Nederlandse tijd zo’n 31.500 dollar waard (bijna 30.000 euro). Cryptomunten zakken al een paar dagen door de rentevrees onder beleggers.',
    ],
    expect: [
      p('30.000 dollar', 30000),
      p('30.000 dollar', 30000),
      p('31.500 dollar', 31500),
      p('30.000 euro', 30000, 'EUR'),
    ],
  },
];
