import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://digitaldavide.me/2013/05/31/bitcoin-mining-coniare-i-bitcoin-e-conveniente/?replytocom=13',
    lang: 'it',
    tags: ['format', 'prose', 'forum'],
    title: 'Bitcoin mining: coniare i Bitcoin è conveniente?',
    blocks: [
      'Il mining è il modo in cui la rete Bitcoin ricompensa chi mette la propria capacità di calcolo al servizio delle transazioni. Ogni 10 minuti circa si chiude un blocco e chi ci riesce riceve un premio di 25BTC, creati in un certo senso dal nulla. Al controvalore odierno di circa 100EUR=1BTC parliamo di circa 2000EUR di incentivo, non pochi.',
      'CPU',
      'un Core2 Duo produce circa 150Khash/s; supponiamo di aver speso 500EUR per il nostro hardware e che consumi 100W.',
    ],
    expect: [p('100EUR', 100, 'EUR'), o('2000EUR', 2000, 'EUR'), o('500EUR', 500, 'EUR')],
  },
];
