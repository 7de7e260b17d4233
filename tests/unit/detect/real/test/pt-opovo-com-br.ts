import { o, p, type RealCase } from '../labels';

// Brazilian daily, AFP wire on election night: BTC record "US$ 75 mil" in the headline, then Ether's
// price in dollars with a reais conversion in brackets, both negatives.
export const cases: RealCase[] = [
  {
    url: 'https://www.opovo.com.br/noticias/mundo/2024/11/06/bitcoin-bate-recorde-historico-sendo-negociado-a-uss-75-mil.html',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Bitcoin bate recorde histórico sendo negociado a US$ 75 mil',
    blocks: [
      'Bitcoin bate recorde histórico sendo negociado a US$ 75 mil',
      'O ether, outra criptomoeda popular, subiu 6% e foi negociado a 2.585 dólares (R$ 14.950) no mesmo horário.',
      'O bitcoin e o dólar subiam nos mercados durante as primeiras etapas da apuração das eleições presidenciais dos EUA.',
    ],
    expect: [p('US$ 75 mil', 75000), o('2.585 dólares', 2585), o('R$ 14.950', 14950, 'BRL')],
  },
];
