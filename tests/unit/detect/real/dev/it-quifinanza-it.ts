import { o, type RealCase } from '../labels';

// quifinanza.it (2017): a Rovereto shop selling bitcoin over the counter; only euro totals and ticket
// sizes ("10mila euro al giorno", "100mila euro") and the price of a fraction of a coin: all other.
const url = 'https://quifinanza.it/speciale/bitcoin/bitcoin-ecco-il-primo-negozio-per-aquistarli/161760/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin, ecco il primo negozio per acquistarli',
    blocks: [
      '“Registriamo tutte le operazioni superiori ai 100 euro – prosegue – oggi cambiamo sui 10mila euro al giorno in bitcoin e la media è di 500 euro a persona, ma abbiamo già fatto un’operazione da 100mila euro e trattiamo anche per centinaia di migliaia di euro”.',
      'Un bitcoin, come qualsiasi moneta, è frazionabile e se ne può comprare anche solo una parte: ieri per esempio con 500 euro si acquistava lo 0,0032 di un bitcoin.',
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('10mila euro', 10000, 'EUR'),
      o('500 euro', 500, 'EUR'),
      o('100mila euro', 100000, 'EUR'),
      o('500 euro', 500, 'EUR'),
    ],
  },
];
