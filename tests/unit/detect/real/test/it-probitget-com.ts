import { p, type RealCase } from '../labels';

// Exchange news page in Italian, weekly-chart analysis: every level written "85.000$" with the sign
// after, ranges joined by "e" or an en dash ("87.000$–88.000$"), and a label-value list of supports.
export const cases: RealCase[] = [
  {
    url: 'https://www.probitget.com/it/news/detail/12560605126808',
    lang: 'it',
    tags: ['prose', 'label-value', 'format'],
    title: 'Bitcoin consolida sotto i 90.000$: i livelli chiave da monitorare',
    blocks: [
      'Bitcoin resta strutturalmente rialzista, ma il prezzo consolida sotto i 90.000$ dopo ripetuti rifiuti vicino ai 100.000$.',
      'La zona tra 85.000$ e 87.000$ è decisiva: se tiene, il trend rialzista resta valido, mentre una rottura apre la strada al supporto tra 74.000$ e 75.000$.',
      'Il prezzo di Bitcoin continua a muoversi sotto la soglia dei 90.000$, allungando la fase di consolidamento dopo il forte rally di inizio ciclo.',
      {
        text: 'Dopo non essere riuscito a restare sopra la resistenza tra 100.000$ e 105.000$, BTC è tornato verso la parte centrale-bassa del canale. Ora scambia vicino a 87.000$–88.000$, un’area che fa da supporto di breve.',
        heading: 'Azione del prezzo di Bitcoin: attenzione alla struttura settimanale',
      },
      'Supporto immediato: 85.000$–87.000$',
      'Supporto principale al ribasso: 74.000$–75.000$ (zona di domanda settimanale e base del canale)',
      'Finché Bitcoin resta sopra la regione degli 85.000$, la struttura rialzista più ampia rimane intatta.',
    ],
    expect: [
      p('90.000$', 90000),
      p('100.000$', 100000),
      p('85.000$', 85000),
      p('87.000$', 87000),
      p('74.000$', 74000),
      p('75.000$', 75000),
      p('90.000$', 90000),
      p('100.000$', 100000),
      p('105.000$', 105000),
      p('87.000$', 87000),
      p('88.000$', 88000),
      p('85.000$', 85000),
      p('87.000$', 87000),
      p('74.000$', 74000),
      p('75.000$', 75000),
      p('85.000$', 85000),
    ],
  },
];
