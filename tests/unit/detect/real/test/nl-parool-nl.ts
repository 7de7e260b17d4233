import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.parool.nl/ps/generatie-bitcoin-het-draait-niet-om-hebzucht-maar-om-passie~b9974a07/',
    lang: 'nl',
    tags: ['prose'],
    title: "Generatie bitcoin: 'Het draait niet om hebzucht, maar om passie'",
    blocks: [
      'De koers van de bitcoin ging vorige week door het dak toen miljardair Elon Musk er 1,5 miljard dollar in investeerde. Vooral millennials zien de cryptomunt als de ideale spaarrekening.',
      '"Een paar weken geleden werd ik nog vaak voor gek verklaard, nu baalt iedereen dat hij niet eerder bitcoins heeft gekocht. Door de actie van Elon Musk durft iedereen meer."',
    ],
    expect: [o('1,5 miljard dollar', 1.5e9)],
  },
];
