import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://michelsanti.fr/banque-nationale-suisse/cette-bns-qui-aime-le-bitcoin',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Cette BNS qui aime le Bitcoin',
    blocks: [
      "Incroyable Banque Nationale Suisse dont le vice-président vient de qualifier le Bitcoin de «concept très intéressant». Décidément, la BNS garde cet état d'esprit de «hedge fund» qui lui a coûté 132 milliards l'an passé.",
      'Earlier last year, Swiss National Bank officials concluded that Bitcoin has not yet met the set requirements to be added to their balance sheet as a reserve currency. Bitcoin price has dropped approximately 33 percent since April last year to trade around $28k.',
    ],
    expect: [p('$28k', 28000)],
  },
];
