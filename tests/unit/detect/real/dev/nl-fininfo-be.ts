import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fininfo.be/personal-finance/hoe-worden-meerwaarden-op-cryptos-in-belgie-belast',
    lang: 'nl-BE',
    tags: ['prose'],
    title: "Hoe worden meerwaarden op crypto's in België belast?",
    blocks: [
      'Bitcoin, de bekendste cryptomunt, heeft onlangs de mijlpaal van 72.000 dollar bereikt. Veel beleggers overwegen daarom hun winst te verzilveren. Maar wat zijn de fiscale gevolgen in België?',
    ],
    expect: [p('72.000 dollar', 72000)],
  },
];
