import { p, type RealCase } from '../labels';

const url =
  'https://www.lesiteinfo.com/monde/653184-bitcoin-un-nouveau-record-au-dessus-de-124-000-dollars.html';
const title = 'Bitcoin: un nouveau record au-dessus de 124.000 dollars';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      "Le bitcoin a franchi pour la première fois le seuil des 124.000 dollars jeudi matin, dès les premiers échanges en Asie, porté par Wall Street et l'intérêt des investisseurs institutionnels.",
      'La cryptomonnaie vedette a effacé son précédent record du 14 juillet (123.205 dollars), grimpant brièvement au-delà de 124.500 dollars avant de refluer. Vers 02h08 GMT, elle évoluait autour de 123.600 dollars.',
    ],
    expect: [
      p('124.000 dollars', 124000),
      p('123.205 dollars', 123205),
      p('124.500 dollars', 124500),
      p('123.600 dollars', 123600),
    ],
  },
];
