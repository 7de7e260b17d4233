import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ticinonews.ch/economia/pagate-le-tasse-senza-problemi-con-il-bitcoin-306777',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Pagate le tasse senza problemi con il bitcoin',
    blocks: [
      "Il crollo del bitcoin sembra non fermarsi. Il 17 dicembre scorso per un solo bitcoin ci volevano ben 19'209 franchi; dodici mesi dopo il suo valore è sceso sotto i 4'000 franchi, circa -80%. Stefan Christiani aveva messo in vendita la sua villa di Ascona a 829 bitcoin: oltre 15 milioni di franchi un anno fa, poco più di 3 milioni al cambio attuale.",
      "«Un solo cittadino l'ha usata: ha pagato una rata d'imposte per un controvalore di 250 franchi in bitcoin, che abbiamo subito convertito in franchi», spiega il sindaco di Chiasso.",
    ],
    expect: [
      p("19'209 franchi", 19209, 'CHF'),
      p("4'000 franchi", 4000, 'CHF'),
      o('15 milioni di franchi', 15e6, 'CHF'),
      o('250 franchi', 250, 'CHF'),
    ],
  },
];
