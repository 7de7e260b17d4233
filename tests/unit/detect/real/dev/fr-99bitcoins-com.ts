import { o, type RealCase } from '../labels';

const url =
  'https://99bitcoins.com/fr/actu/amendement-547-valoriser-ses-excedents-electriques-de-80-millions-deuros-par-an-avec-le-minage-bitcoin/';
const title =
  'Amendement 547 : valoriser ses excédents électriques de 80 millions d’euros par an avec le minage Bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'La France produit régulièrement plus d’électricité qu’elle ne peut en vendre. Selon Raphaël Bloch, l’Hexagone a gaspillé environ 80 millions d’euros d’électricité en 2024, de quoi alimenter des fermes de minage Bitcoin.',
    ],
    expect: [o('80 millions d’euros', 80e6, 'EUR')],
  },
  {
    url,
    lang: 'fr',
    tags: ['forum', 'format'],
    title,
    blocks: [
      "France lost €80M in 2024 due to… excess electricity.\nIt's such a missed opportunity for Bitcoin mining.",
      '— Raphaël Bloch 🐳 (@Raph_Bloch) April 17, 2025',
    ],
    expect: [o('€80M', 80e6, 'EUR')],
  },
];
