import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto.be/crypto-voor-beginners/beleggingsbudget-berekenen/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Crypto beleggingsbudget berekenen',
    blocks: [
      'Wie verantwoord in crypto wil beleggen, belegt alleen met geld dat hij kan missen. Je beleggingsbudget berekenen is daarvoor een goede basis.',
      {
        heading: 'Beleggingsbudget crypto berekenen en bepalen',
        text: 'Bereken je inkomsten conservatief. Noteer alleen inkomstenbronnen die al zeker zijn goedgekeurd en hanteer reële bedragen. Een voorbeeld: verwacht je een belastingteruggave van EUR 1.000,-? Neem die dan pas op in je overzicht wanneer zowel de betaling als het bedrag bevestigd is.',
      },
    ],
    expect: [o('EUR 1.000,-', 1000, 'EUR')],
  },
];
