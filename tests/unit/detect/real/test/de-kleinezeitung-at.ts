import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kleinezeitung.at/wirtschaft/6204403/Bitcoin-Ether-und-Co_Die-KryptoManie-wurde-von-der-Realitaet-eingeholt',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin, Ether und Co.: Die Krypto-Manie wurde von der Realität eingeholt',
    blocks: [
      'Vor fast einem Jahr markierte die Kryptowährung Bitcoin ein Allzeithoch: Am 9. November 2021 wurde das digitale Asset um 58.300 Euro gehandelt. Heute ist der Zauber verflogen, der Kurs dümpelt um die 20.000-Euro-Marke. Wer vor einem Jahr eingestiegen ist, sitzt auf 65 Prozent Verlust.',
    ],
    expect: [p('58.300 Euro', 58300, 'EUR'), p('20.000-Euro', 20000, 'EUR')],
  },
];
