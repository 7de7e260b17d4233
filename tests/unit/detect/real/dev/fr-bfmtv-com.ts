import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://bfmbusiness.bfmtv.com/entreprise/cet-endroit-ou-les-suisses-pourront-bientot-acheter-des-bitcoins-1053380.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Cet endroit où les Suisses pourront bientôt acheter des bitcoins',
    blocks: [
      {
        text: "Chaque opération devra porter sur au moins 20 CHF (18 euros) et au plus 500 francs suisses, soit environ 450 euros. Les CFF précisent qu'on pourra aussi « acheter des fractions de bitcoin ». La crypto-monnaie cote actuellement 1 bitcoin pour 689 CHF (635 euros).",
        heading: 'Les transactions seront plafonnées',
      },
    ],
    expect: [
      o('20 CHF', 20, 'CHF'),
      o('18 euros', 18, 'EUR'),
      o('500 francs suisses', 500, 'CHF'),
      o('450 euros', 450, 'EUR'),
      p('689 CHF', 689, 'CHF'),
      p('635 euros', 635, 'EUR'),
    ],
  },
];
