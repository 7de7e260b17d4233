import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ilkka.fi/uutiset/kotimaa/bitcoin-on-haaste-poliisille-1.2494049',
    lang: 'fi',
    tags: ['prose', 'format'],
    title: 'Bitcoin on haaste poliisille',
    blocks: [
      'Bitcoin on haaste poliisille',
      'Bulgarian viranomaisilla on hallussaan yli kolmen miljardin euron arvosta bitcoineja. Myös Suomen viranomaisille virtuaalivaluuttaa on päätynyt.',
      'Lähtökohta on Saukoniemen mukaan se, etteivät viranomaiset lähde muuntamaan bitcoineja esimerkiksi euroiksi myymällä niitä esitutkinnan aikana.',
    ],
    expect: [o('kolmen miljardin euron', 3e9, 'EUR')],
  },
];
