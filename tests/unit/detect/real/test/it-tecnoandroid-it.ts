import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tecnoandroid.it/2020/01/04/bitcoin-valore-decennio-2020-650923/amp',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin: il valore nel decennio',
    blocks: [
      'E i bitcoin quanto valgono ora? Con l’inizio del nuovo anno hanno raggiunto appena il valore di 6.500 euro. L’“appena” si spiega perché a un certo punto la regina delle monete virtuali aveva toccato la cifra stratosferica di 18.000 euro; adesso è poco più di un terzo.',
      'All’inizio del 2010 il suo valore era di neanche un centesimo. Il superamento della barriera dei 100 euro risale alla prima metà del 2013, mentre verso la fine dell’anno si raggiungono anche i 1000 euro.',
      'Per esempio, a novembre 2013 si è passati da un minimo di circa 300 euro a un massimo di poco più di 1000 euro.',
    ],
    expect: [
      p('6.500 euro', 6500, 'EUR'),
      p('18.000 euro', 18000, 'EUR'),
      p('100 euro', 100, 'EUR'),
      p('1000 euro', 1000, 'EUR'),
      p('300 euro', 300, 'EUR'),
      p('1000 euro', 1000, 'EUR'),
    ],
  },
];
