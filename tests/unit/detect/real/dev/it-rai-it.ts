import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://raiparlamento.rai.it/dl/rainews/articoli/Piazza-affari-tira-il-fiato-Bitcoin-sopra-i-45mila-dollari-ee5ef820-d1d4-4df7-8be6-5d2bf360d5e8.html',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Piazza affari tira il fiato Bitcoin sopra i 45mila dollari',
    blocks: [
      'Piazza affari tira il fiato Bitcoin sopra i 45mila dollari',
      'Per i consumatori uno degli effetti collaterali è il rincaro del petrolio: oggi il Brent ha superato i 61 dollari al barile, per poi ripiegare di poco.',
      'Prosegue invece la corsa del Bitcoin. Alle 12 passa di mano a 45.700 dollari: +16% in giornata, +30% in 7 giorni. Ieri la spinta è venuta da Elon Musk, che ha detto che Tesla ha investito 1 miliardo e mezzo di dollari in Bitcoin.',
    ],
    expect: [
      p('45mila dollari', 45000),
      o('61 dollari', 61),
      p('45.700 dollari', 45700),
      o('1 miliardo e mezzo di dollari', 1.5e9),
    ],
  },
  {
    url: 'http://raiparlamento.rai.it/dl/rainews/articoli/bitcoin-nasce-il-3-gennaio-2009-undici-anni-dopo-tra-e-prime-monete-al-mondo-c9ec412f-8b02-40f0-99f1-d1cb2111f3b8.html',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Buon compleanno, Bitcoin. La criptomoneta batte un nuovo record',
    blocks: [
      'Superata soglia 30 mila dollari',
      'Il Bitcoin non si ferma: ha sfondato quota 33mila dollari (oltre 27mila euro), oltre 10 punti percentuali sopra il record precedente che lo aveva portato alla soglia dei 30mila dollari la mattina del 2 gennaio.',
      'Secondo CoinMarketCap veniva scambiato a 32.408 alle 17.41 italiane, mentre su Binance la criptovaluta più popolare al mondo ha segnato un picco a oltre 33mila dollari, prima di ripiegare a 32.875.',
      {
        text: 'Secondo gli analisti, la corsa potrebbe spingersi ben oltre, fino a quota 100 mila dollari già nel 2021.',
        heading: 'La corsa ai centomila',
      },
    ],
    expect: [
      p('30 mila dollari', 30000),
      p('33mila dollari', 33000),
      p('27mila euro', 27000, 'EUR'),
      p('30mila dollari', 30000),
      p('32.408', 32408),
      p('33mila dollari', 33000),
      p('32.875', 32875),
      p('100 mila dollari', 100000),
    ],
  },
];
