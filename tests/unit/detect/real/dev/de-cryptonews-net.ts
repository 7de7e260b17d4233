import { c, p, type RealCase } from '../labels';

// German aggregator item on miners: a ticker price glued to "$BTC", the average production cost per coin
// (Checkonchain) with the source name glued after the full stop, and the spot level it is compared with.
export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.net/de/news/mining/32388959',
    lang: 'de',
    tags: ['cost', 'format', 'prose'],
    blocks: [
      'Bitcoin $BTC$70.390,83 liegt nun etwa 20 % unter seinen geschätzten durchschnittlichen Produktionskosten, was den Druck auf den gesamten Mining-Sektor erhöht.',
      'Die durchschnittlichen Kosten für das Mining eines Bitcoins liegen laut Daten von bei etwa 87.000 US-Dollar.Checkonchain, während der Spotpreis auf etwa 70.000 USD gefallen ist. Historisch war der Handel unter den Produktionskosten ein Merkmal von Bärenmärkten.',
      'Viele Miner bleiben zu den aktuellen Preisen unrentabel und verkaufen weiter Bitcoin-Bestände, um Energiekosten und Schulden zu bedienen.',
    ],
    expect: [p('$70.390,83', 70390.83), c('87.000 US-Dollar', 87000), p('70.000 USD', 70000)],
  },
];
