import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://corriereinnovazione.corriere.it/2021/02/08/boom-bitcoin-centro-milano-cosi-fabbrica-triplica-produzione-df12c16c-6a2e-11eb-924b-61776b6fba88.shtml',
    lang: 'it',
    tags: ['prose', 'format'],
    blocks: [
      'Il bitcoin vola. E a Milano, a pochi passi dal Duomo, c’è una “miniera” dove si “scava” un bitcoin al mese, una miniera che rende così bene che i titolari hanno deciso di triplicarne la capacità estrattiva.',
      '«Grazie a un crowdfunding e alla crescita attesa nei prossimi due anni puntiamo alla quotazione in borsa entro la fine del 2022», annuncia il Ceo Matteo Moretti. Criptomining è oggi valutata due milioni di euro e punta a fatturare la stessa cifra con un margine atteso del 15%.',
      'Criptomining, in Piazzale Biancamano 8, ha circa 150 metri quadri dedicati alle macchine e mina circa un bitcoin al mese grazie a una potenza superiore ai 1000 terahash.',
    ],
    expect: [o('due milioni di euro', 2e6, 'EUR')],
  },
];
