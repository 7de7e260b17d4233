import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptocake.nl/wat-is-de-bitcoin-halving-uitleg-voor-beginners/',
    lang: 'nl',
    tags: ['cost', 'prose'],
    title: 'Wat is de Bitcoin Halving? Uitleg voor beginners',
    blocks: [
      {
        text: 'Hoe groot is de beloning voor het opgraven van nieuwe Bitcoin?',
        heading: 'Hoe groot is de beloning voor het opgraven van nieuwe Bitcoin?',
      },
      {
        text: 'Op het moment is de beloning voor het succesvol oplossen van een blok 6,25 Bitcoin. Op het moment van schrijven is de beloning van 6,25 Bitcoin iets meer dan 57.000 euro waard.',
        heading: 'Hoe groot is de beloning voor het opgraven van nieuwe Bitcoin?',
      },
    ],
    expect: [o('57.000 euro', 57000, 'EUR')],
  },
];
