import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://roelofsgym.nl/bitcoin-stort-onder.000-markt-in-chaos-na-1-2-miljard-liquidaties',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoin stort onder $90.000: markt in chaos na $1,2 miljard liquidaties',
    blocks: [
      'Bitcoin stort onder $90.000: markt in chaos na $1,2 miljard liquidaties',
      'Stijn Van Driessen 22 november 2025 0',
      'Op zaterdag 22 november 2025, om 11:16 uur UTC, zakte Bitcoin door de $90.000-barrière — en daarmee ook door de belangrijke steunlijn van $92.000 die al weken als een muur overeind stond. De koers daalde tot $88.500, een val van ruim 27% in amper zes weken, en zette een kettingreactie van liquidaties in gang die $1,2 miljard aan posities met hefboom op de grote beurzen wegvaagde. Bitcoin stond voor het eerst sinds september weer onder de $90.000, en in de markt overheerste niet langer optimisme maar angst.',
      'Hoe kon dit gebeuren?',
      'De drie pijlers van de val: stijgende rente op Amerikaanse staatsobligaties, een plotse afname van risicobereidheid bij institutionele beleggers, en de technische doorbraak onder $92.000. Zodra die grens viel, zetten algoritmes op Binance, Coinbase en Kraken automatisch verkooporders in. Volgens Coinglass werd $650 miljoen van de totale $1,2 miljard liquidaties op Binance geactiveerd — een record in slechts 24 uur.',
      'De impact verspreidde zich snel. Ethereum daalde 32%, Ripple 28%, Solana zelfs 35%.',
    ],
    expect: [
      p('$90.000', 90000),
      o('$1,2 miljard', 1200000000),
      p('$90.000', 90000),
      p('$92.000', 92000),
      p('$88.500', 88500),
      o('$1,2 miljard', 1200000000),
      p('$90.000', 90000),
      p('$92.000', 92000),
      o('$650 miljoen', 650000000),
      o('$1,2 miljard', 1200000000),
    ],
  },
];
