import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ilsole24ore.com/art/il-bitcoin-vola-49mila-dollari-gia-4-miliardi-nuovi-etf-AFsGrUJC',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Il Bitcoin vola a 49mila dollari, già 4 miliardi sui nuovi Etf',
    blocks: [
      'Il Bitcoin vola a 49mila dollari, già 4 miliardi sui nuovi Etf',
      'Un picco sopra i 49mila dollari in una seduta estremamente volatile per Bitcoin, con un rientro serale in area 46mila. Ma i numeri davvero importanti, stavolta, non riguardano il prezzo della criptovaluta.',
      {
        text: "Nella prima mezz'ora i flussi verso questi prodotti hanno toccato 1,2 miliardi di dollari. Il Grayscale Bitcoin Trust ha guidato i volumi con 446mila dollari, seguito dall'iShares Bitcoin Trust di BlackRock con 388mila dollari e dal fondo di Fidelity con 230mila dollari. Dopo un'ora i volumi erano raddoppiati a 2,3 miliardi; a fine giornata hanno sfiorato 4 miliardi di dollari.",
        heading: 'La febbre da Bitcoin',
      },
    ],
    expect: [
      p('49mila dollari', 49000),
      p('49mila dollari', 49000),
      o('1,2 miliardi di dollari', 1.2e9),
      o('446mila dollari', 446000),
      o('388mila dollari', 388000),
      o('230mila dollari', 230000),
      o('4 miliardi di dollari', 4e9),
    ],
  },
];
