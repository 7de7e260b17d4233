import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.cointelegraph.com/news/blackrock-bitcoin-etf-first-outflow-day-etfs-record-outflows',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'ETF su Bitcoin: primo giorno di deflussi per BlackRock',
    blocks: [
      "Deflussi netti record per gli ETF statunitensi sul Bitcoin (BTC); anche l'IBIT di BlackRock ha vissuto il primo giorno di uscite dal lancio, con 36,9 milioni di dollari netti il 1° maggio secondo Farside Investors.",
      "Gli altri nove ETF hanno perso in tutto 526,8 milioni di dollari. L'FBTC di Fidelity ha registrato l'uscita maggiore, 191,1 milioni di dollari, davanti al GBTC di Grayscale con 167,4 milioni di dollari.",
      "Nate Geraci ha ricordato che anche l'iShares Gold ETF e lo SPDR Gold ETF hanno subito deflussi quest'anno, pari rispettivamente a 1 e 3 miliardi di dollari.",
    ],
    expect: [
      o('36,9 milioni di dollari', 36.9e6),
      o('526,8 milioni di dollari', 526.8e6),
      o('191,1 milioni di dollari', 191.1e6),
      o('167,4 milioni di dollari', 167.4e6),
      o('1', 1e9),
      o('3 miliardi di dollari', 3e9),
    ],
  },
  {
    url: 'https://it.cointelegraph.com/news/from-318k-to-0-bitcoin-price-predictions-for-2021',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Da 318.000$ a 0: le previsioni sul prezzo di Bitcoin per il 2021',
    blocks: [
      {
        text: 'Finora il modello Stock-to-Flow di PlanB è stato molto preciso: a fine febbraio Bitcoin era il 26% sopra la proiezione e resta in linea con il target di fine anno a 288.000$. Oggi Bitcoin si trova a circa 57.000$.',
        heading: 'I moderati',
      },
      {
        text: "Pompliano e Morehead non si aspettano i 200.000$ nel 2021, ma vedono Bitcoin chiudere l'anno sopra i 100.000$.",
        heading: 'I moderati',
      },
    ],
    expect: [p('288.000$', 288000), p('57.000$', 57000), p('200.000$', 200000), p('100.000$', 100000)],
  },
  {
    url: 'https://it.cointelegraph.com/news/bitcoin-mining-hashprice-flat-despite-higher-difficulty',
    lang: 'it',
    tags: ['format', 'prose'],
    title: "L'hashprice del mining Bitcoin rimane stabile nonostante l'aumento della difficulty",
    blocks: [
      "L'hashprice del mining Bitcoin (BTC), cioè il ricavo giornaliero di un miner per unità di hash power, è fermo a circa 48 $ per petahash al secondo (PH/s), malgrado un lieve aumento della difficulty.",
      "Per TheMinerMag, un hashprice sotto i 50 $ mette in difficoltà i miner con hardware datato come l'Antminer S19 XP.",
    ],
    expect: [o('48 $', 48), o('50 $', 50)],
  },
];
