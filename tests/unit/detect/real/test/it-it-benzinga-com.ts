import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.benzinga.com/crypto/microstrategy-michael-saylor-acquista-ancora-bitcoin',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'MicroStrategy: Michael Saylor acquista ancora Bitcoin',
    blocks: [
      'MicroStrategy (NASDAQ:MSTR) continua ad accumulare Bitcoin (CRYPTO:BTC).',
      {
        text: 'Michael Saylor, fondatore e presidente dell’azienda, ha confermato sui social che MicroStrategy ha acquisito 14.620 BTC a un prezzo medio di 42.110 dollari ciascuno, per un valore totale di 615,7 milioni di dollari.',
        heading: 'Cosa è successo',
      },
      'Secondo l’ultimo deposito presso la SEC, MicroStrategy possiede 189.150 BTC – per un valore di 5,9 miliardi di dollari – a un prezzo medio di 31.168 dollari per BTC.',
      {
        text: 'Dalla fine del secondo trimestre la società ha comprato 6.067 Bitcoin per 167 milioni di dollari, come riportato nel rapporto del terzo trimestre (Q3).',
        heading: 'Perché è importante',
      },
      'Al 30 settembre il valore contabile degli asset digitali di MicroStrategy era di 2,45 miliardi di dollari, pari a circa 158.245 Bitcoin.',
    ],
    expect: [
      p('42.110 dollari', 42110),
      o('615,7 milioni di dollari', 615.7e6),
      o('5,9 miliardi di dollari', 5.9e9),
      p('31.168 dollari', 31168),
      o('167 milioni di dollari', 167e6),
      o('2,45 miliardi di dollari', 2.45e9),
    ],
  },
  {
    url: 'https://it.benzinga.com/crypto/microstrategy-rivela-nuovo-acquisto-di-bitcoin',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'MicroStrategy rivela un nuovo acquisto di Bitcoin',
    blocks: [
      {
        text: 'MicroStrategy Incorporated (NASDAQ:MSTR) ha annunciato di aver acquisito 271 Bitcoin per 15 milioni di dollari a un prezzo medio di 55.387 dollari.',
        heading: 'Cosa è successo',
      },
      'In base al prezzo di BTC al momento della pubblicazione, la quota di Bitcoin dell’azienda vale 4,61 miliardi di dollari. MicroStrategy ha pagato 2,24 miliardi di dollari per i suoi Bitcoin, a un prezzo medio di 24.403 dollari.',
      {
        text: 'Giovedì, al momento della pubblicazione, Bitcoin era in calo del 2,69% a 50.832 dollari.',
        heading: 'Movimento dei prezzi',
      },
      'Sempre al momento della pubblicazione, le azioni di MicroStrategy segnavano -0,91% a 536,92 dollari.',
    ],
    expect: [
      o('15 milioni di dollari', 15e6),
      p('55.387 dollari', 55387),
      o('4,61 miliardi di dollari', 4.61e9),
      o('2,24 miliardi di dollari', 2.24e9),
      p('24.403 dollari', 24403),
      p('50.832 dollari', 50832),
      o('536,92 dollari', 536.92),
    ],
  },
];
