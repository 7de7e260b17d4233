import { o, p, type RealCase } from '../labels';

// romandie.com (AWP wire, Zurich): bitcoin briefly over 8000 dollars; ungrouped four-digit levels,
// "7627,21 dollars" with a decimal comma, a bare range start "6500", and market-cap totals (the second bare).
const url =
  'https://www.romandie.com/news/Le-bitcoin-monte-brievement-au-dessus-de-la-barre-des-8000-dollars/908152.rom';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le bitcoin monte brièvement au-dessus de la barre des 8000 dollars',
    blocks: [
      'Le bitcoin monte brièvement au-dessus de la barre des 8000 dollars',
      "Zurich (awp) - Le cours du bitcoin bondissait jeudi après-midi. La plus connue des cryptomonnaies a gagné plus de 10% en une heure, dépassant un court moment les 8000 dollars, alors qu'elle évoluait sous la barre des 7000 dollars auparavant. A 14h40, le bitcoin s'inscrivait à 7627,21 dollars sur Coinmarketcap.",
      'Après une chute de plus de 40% en début d’année, le cours du bitcoin a évolué entre 6500 et 7000 dollars ces dernières semaines. Selon Coinmarketcap, la capitalisation du marché des cryptomonnaies est passée de 270 milliards dollars à 300 milliards en une heure.',
    ],
    expect: [
      p('8000 dollars', 8000),
      p('8000 dollars', 8000),
      p('7000 dollars', 7000),
      p('7627,21 dollars', 7627.21),
      p('6500', 6500),
      p('7000 dollars', 7000),
      o('270 milliards dollars', 270e9),
      o('300 milliards', 300e9),
    ],
  },
];
