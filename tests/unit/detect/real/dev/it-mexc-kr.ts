import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.kr/it-IT/news/680315',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Se avessi investito $1.000 in Bitcoin tre anni fa',
    blocks: [
      'Quindi cosa sarebbe successo se avessi investito $1.000 in Bitcoin tre anni fa e lo avessi semplicemente tenuto? Vediamolo da vicino.',
      'Tre anni fa, Bitcoin veniva scambiato a circa $21.866 per moneta. A quel prezzo, un investimento di $1.000 ti avrebbe permesso di acquistare circa 0,04573 BTC.',
      'Avanti veloce fino ad oggi: Bitcoin viene scambiato a $68.737. A quel prezzo le tue partecipazioni varrebbero ora $3.143, un rendimento di circa 3,14x sull’investimento iniziale.',
    ],
    expect: [
      o('$1.000', 1000),
      p('$21.866', 21866),
      o('$1.000', 1000),
      p('$68.737', 68737),
      o('$3.143', 3143),
    ],
  },
  {
    url: 'https://www.mexc.kr/it-IT/news/680315',
    lang: 'it',
    tags: ['table', 'label-value'],
    title: 'Se avessi investito $1.000 in Bitcoin tre anni fa',
    blocks: [
      { text: '$21.866', header: 'Valore', row: 'Prezzo di Bitcoin 3 anni fa' },
      { text: '0,04573 BTC', header: 'Valore', row: 'BTC acquistati con $1.000' },
      { text: '$68.737', header: 'Valore', row: 'Prezzo attuale di Bitcoin' },
      { text: '$3.143', header: 'Valore', row: "Valore attuale dell'investimento" },
      { text: '3,14x', header: 'Valore', row: 'Rendimento totale' },
    ],
    expect: [p('$21.866', 21866), p('$68.737', 68737), o('$3.143', 3143)],
  },
];
