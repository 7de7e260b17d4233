import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://quebec.huffingtonpost.ca/http%3A%2F%2Fquebec.huffingtonpost.ca%2F2013%2F11%2F23%2Fvancouver-la-capitale-ca_n_4330851.html',
    lang: 'fr-CA',
    tags: ['anaphora', 'format'],
    title: 'Vancouver, la capitale canadienne du bitcoin',
    blocks: [
      {
        text: 'La preuve : à son lancement en 2009, la monnaie valait cinq cents. Le lundi 18 novembre, elle a bondi au-delà des 800 $ avant de redescendre plus tard dans la semaine à environ 650 $.',
        heading: "21 millions d'unités",
      },
    ],
    expect: [p('cinq cents', 0.05), p('800 $', 800), p('650 $', 650)],
  },
];
