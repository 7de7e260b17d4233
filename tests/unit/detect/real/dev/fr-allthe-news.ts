import { o, p, type RealCase } from '../labels';

// allthe.news/fr: translated analysis "70 % de chances d'un record en 2026"; many "126 000 $" levels with
// space grouping and trailing $, mixed with daily-issuance and ETF totals in "millions $" / "milliards $".
const url = 'https://allthe.news/fr/articles/bitcoin-models-forecast-70-chance-of-2026-all-time-high';
const title = 'Les modèles Bitcoin donnent 70 % de chances à un record en 2026';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "Dans la lignée d'objectifs antérieurs pour 2026 comme les 250 000 $ avancés par The Motley Fool, de nouveaux modèles donnent 70 % de chances que Bitcoin signe un record absolu en 2026, au-delà de son pic de 2025 à 126 000 $, depuis un niveau actuel d'environ 89 000 $ — soit 42 % de hausse.",
      "Le cycle de halving a porté les rallyes passés ; celui de 2024 a ramené l'émission à environ 450 pièces par jour (40 millions $ aux prix actuels, ou 15 milliards $ par an). Mais 2025 a vu un pic à 126 000 $ suivi d'un repli sur fond de rendements du Trésor en hausse et de sorties d'ETF.",
    ],
    expect: [
      p('250 000 $', 250000),
      p('126 000 $', 126000),
      p('89 000 $', 89000),
      o('40 millions $', 40e6),
      o('15 milliards $', 15e9),
      p('126 000 $', 126000),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      "Partant de 89 000 $, dépasser 126 000 $ d'ici fin 2026 exige une croissance composée d'environ 3 % par mois. Un modèle stochastique à 41 % de volatilité annualisée, orienté vers l'objectif de fin d'année de Citi à 143 000 $, estime à 70 % la probabilité d'un nouveau record.",
      'Parmi les catalyseurs : des entrées ETF égalant ou dépassant l’offre (Citi table sur 15 milliards $ en 2026) et des règles plus claires.',
    ],
    expect: [p('89 000 $', 89000), p('126 000 $', 126000), p('143 000 $', 143000), o('15 milliards $', 15e9)],
  },
];
