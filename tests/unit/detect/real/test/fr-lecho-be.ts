import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lecho.be/economie-politique/international-economie/Le-bitcoin-passe-sous-la-barre-des-20-000-dollars/10410097',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin passe sous la barre des 20.000 dollars',
    blocks: [
      'Le bitcoin passe sous la barre des 20.000 dollars',
      "Nouvelle glissade. Samedi, le bitcoin a enfoncé le seuil des 20.000 dollars, prolongeant un repli qui l'a amputé de près de 60% par rapport à son sommet de l'année.",
      'Le bitcoin, première et plus connue des cryptomonnaies, lâchait lundi 2,3%, à 19.527 dollars. Il recule de 58,7% depuis le pic annuel touché le 28 mars avec 48.234 dollars.',
    ],
    expect: [
      p('20.000 dollars', 20000),
      p('20.000 dollars', 20000),
      p('19.527 dollars', 19527),
      p('48.234 dollars', 48234),
    ],
  },
];
