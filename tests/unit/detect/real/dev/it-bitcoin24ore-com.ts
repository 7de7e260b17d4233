import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin24ore.com/?p=3393',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Quanto Valeva Bitcoin 10 Anni Fa? Quanto Avresti Guadagnato?',
    blocks: [
      'Quanto Valeva Bitcoin 10 Anni Fa? Quanto Avresti Guadagnato?',
      'Immagina uno scenario in cui un modesto investimento di 100 euro diventa l’incredibile cifra di 1,54 miliardi di euro in poco più di un decennio. Non è fantasia ma la realtà dell’ascesa del bitcoin. Se avessi comprato 100 euro in bitcoin nel 2010, quando il suo prezzo era di soli 0,003 euro, il ritorno sarebbe stato straordinario.',
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('1,54 miliardi di euro', 1.54e9, 'EUR'),
      o('100 euro', 100, 'EUR'),
      p('0,003 euro', 0.003, 'EUR'),
    ],
  },
  {
    url: 'https://bitcoin24ore.com/?p=3393',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Quanto Valeva Bitcoin 10 Anni Fa? Quanto Avresti Guadagnato?',
    blocks: [
      'Se avessi investito 100 euro in Bitcoin nel 2010: quanto avresti oggi?',
      'Ai suoi esordi nel 2010 era una valuta digitale nuova e quasi sconosciuta. Chi ne ha intuito il potenziale e ha messo solo 100 euro all’inizio dell’anno avrebbe ottenuto circa 33 mila bitcoin. Al prezzo dell’11 gennaio 2024, pari a 46.275,39 euro, quell’investimento varrebbe ora la sorprendente cifra di 1,54 miliardi di euro.',
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('100 euro', 100, 'EUR'),
      p('46.275,39 euro', 46275.39, 'EUR'),
      o('1,54 miliardi di euro', 1.54e9, 'EUR'),
    ],
  },
  {
    url: 'https://bitcoin24ore.com/?p=3393',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Quanto Valeva Bitcoin 10 Anni Fa? Quanto Avresti Guadagnato?',
    blocks: [
      'Se hai investito 100 euro in Bitcoin 10 anni fa',
      'Se avessi investito $ 100 in bitcoin all’inizio del 2014, quando il suo prezzo era di circa $ 805 per bitcoin, avresti acquistato circa 0,1242 bitcoin. All’11 gennaio 2024, con il prezzo del bitcoin a $ 46.275,39, il tuo investimento varrebbe circa $ 5.747,40.',
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('$ 100', 100),
      p('$ 805', 805),
      p('$ 46.275,39', 46275.39),
      o('$ 5.747,40', 5747.4),
    ],
  },
];
