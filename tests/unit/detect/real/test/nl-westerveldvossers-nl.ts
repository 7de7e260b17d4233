import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.westerveldvossers.nl/nieuws/algemeen/ook-bitcoin-is-belast-in-box-3/',
    lang: 'nl',
    tags: ['anaphora'],
    title: 'Ook Bitcoin is belast in Box 3',
    blocks: [
      {
        heading: 'Welke waarde?',
        text: 'De waarde van de bitcoin schommelt enorm. Voor uw aangifte telt echter alleen de peildatum van box 3: voor de aangifte over 2017 is dat de koers op 1 januari 2017. Die lag toen rond de €950.',
      },
    ],
    expect: [p('€950', 950, 'EUR')],
  },
];
