import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.forexwiki.it/Ethereum',
    lang: 'it',
    tags: ['anaphora', 'prose'],
    title: 'Ethereum',
    blocks: [
      'Ethereum è secondo solo al più celebre Bitcoin, ma ha parecchi vantaggi.',
      {
        text: 'Contro il biglietto verde il prezzo di Ethereum ha avuto un andamento altalenante da inizio anno. Dai 320 dollari di gennaio è sceso a quota 156 dollari (minimo di luglio), per poi risalire a fine agosto verso i 400 dollari (massimo storico). Al momento la quotazione di Ethereum si aggira sui 300 dollari.',
        heading: 'L’andamento sul mercato',
      },
    ],
    expect: [o('320 dollari', 320), o('156 dollari', 156), o('400 dollari', 400), o('300 dollari', 300)],
  },
];
