import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.petervanlimpt.nl/nieuws/nederland/bitcoins-behoren-tot-box-3-vermogen/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoins behoren tot Box 3-vermogen',
    blocks: [
      'Sinds vorig jaar moet wie bitcoins heeft de waarde op 1 januari opgeven bij de overige bezittingen in box 3. Op 1 januari 2017 was een bitcoin € 709 waard. Inmiddels is de waarde opgeschoten naar ongeveer €14.000.',
      'Wie in 2018 meerdere bitcoins bezit, komt in box 3 al snel boven het heffingsvrij vermogen van dan €30.000 uit.',
    ],
    expect: [p('€ 709', 709, 'EUR'), p('€14.000', 14000, 'EUR'), o('€30.000', 30000, 'EUR')],
  },
];
