import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jouerenbourse.net/?p=638',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: 'Coût du minage pour un bitcoin : détails et explications',
    blocks: [
      'Coût du minage pour un bitcoin : détails et explications',
      "Le coût de production d'un bitcoin n'a rien de figé. Il peut doubler selon que les machines tournent dans une province chinoise à tarif négocié ou au fin fond de la campagne américaine. Certains parviennent à sortir un bitcoin pour moins de 20 000 dollars, quand d'autres voient la facture dépasser 40 000 dollars, sans rapport direct avec le prix de marché.",
    ],
    expect: [c('20 000 dollars', 20000), c('40 000 dollars', 40000)],
  },
];
