import { o, type RealCase } from '../labels';

// tokize.com/fr: Ethereum price page; a ticker tile "$1142.75" for ETH (another coin) above a guide that
// compares market caps in "milliards d'euros", incl. Bitcoin's own cap (a total, not a price).
const url = 'https://www.tokize.com/fr/cours-ethereum/';
const title = 'Cours Ethereum';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['widget', 'label-value'],
    title,
    blocks: [
      { text: 'Cours Ethereum', heading: 'Cours Ethereum' },
      { text: '$1142.75', heading: 'Cours Ethereum' },
      { text: 'Capitalisation de Marché', heading: 'Cours Ethereum' },
      { text: 'Total en Circulation', heading: 'Cours Ethereum' },
      { text: '121252561.69 ETH', heading: 'Cours Ethereum' },
    ],
    expect: [o('$1142.75', 1142.75)],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "L'Ethereum est la deuxième crypto au monde en capitalisation. Au moment de la rédaction, sa capitalisation atteint près de 207,5 milliards d'euros. C'est loin derrière le Bitcoin (avec ses 525,5 milliards d'euros), mais bien devant la troisième crypto mondiale, le Tether (68,2 milliards d'euros).",
    ],
    expect: [
      o("207,5 milliards d'euros", 207.5e9, 'EUR'),
      o("525,5 milliards d'euros", 525.5e9, 'EUR'),
      o("68,2 milliards d'euros", 68.2e9, 'EUR'),
    ],
  },
];
