import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.punto-informatico.it/bitcoin-vola-verso-i-massimi-di-sempre/',
    lang: 'it',
    tags: ['format', 'anaphora', 'prose'],
    title: 'Bitcoin vola verso i massimi di sempre',
    blocks: [
      '58739 dollari: è la soglia toccata dal Bitcoin nelle ultime ore prima di ripiegare docilmente verso quota 58000. Chi aspettava di vedere cosa sarebbe successo sulla soglia dei 55 mila dollari può festeggiare: resistenza abbattuta, sfondata anche quota 58 mila, e ora l’asticella non può che salire.',
      {
        text: 'Fino a dove? Nel mese di aprile Bitcoin toccò quota 63 mila dollari, ma in generale è il livello dei 60 mila ad aver fatto da barriera, più volte avvicinata. A questi livelli il Bitcoin ha sempre ripiegato: più volte verso quota 50 mila, più di recente verso quota 40 mila. Chi indicava “quota 100 mila” entro fine anno ha ben chiari i propri obiettivi.',
        heading: 'Bitcoin, massimi in vista',
      },
      {
        text: 'Il solo Bitcoin ha messo da parte il 5% nell’ultima settimana e il 40% nelle ultime due settimane: oltre il 400% in un anno, tra alti e bassi da brividi.',
        heading: 'Bitcoin, massimi in vista',
      },
    ],
    expect: [
      p('58739 dollari', 58739),
      p('58000', 58000),
      p('55 mila dollari', 55000),
      p('58 mila', 58000),
      p('63 mila dollari', 63000),
      p('60 mila', 60000),
      p('50 mila', 50000),
      p('40 mila', 40000),
      p('100 mila', 100000),
    ],
  },
];
