import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mercuryredstone.com/dollar-cost-averaging/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Wat is dollar-cost averaging?',
    blocks: [
      'Voor wie?',
      'De strategie past vooral bij beleggers die iedere maand een deel van hun inkomen in bitcoin en andere crypto willen steken. Sommige beleggers starten in één keer met €10.000, terwijl anderen met een lager bedrag beginnen en zo in de loop van de tijd een positie van €10.000 opbouwen door iedere maand bijvoorbeeld €500 bij te storten.',
    ],
    expect: [o('€10.000', 10000, 'EUR'), o('€10.000', 10000, 'EUR'), o('€500', 500, 'EUR')],
  },
];
