import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://problematic.news/it/spotovyj-bitcoin-etf-ot-blackrock-sposoben-prevzojti-gbtc-v-techenie-tre-settimana',
    lang: 'it',
    tags: ['prose', 'format'],
    blocks: [
      "Al 22 marzo 2024, secondo SoSo Value, l'iShares Bitcoin Trust (IBIT) aveva 238.500 BTC nel suo bilancio, per un valore di 15,5 miliardi di dollari. L'afflusso medio giornaliero di capitale nel fondo crittografico rimane pari a 4120 BTC o 274 milioni di dollari.",
      'Lo YouTuber George Tung stima che se questo ritmo continua, IBIT diventerà il più grande ETF spot su Bitcoin entro tre settimane. Aggirerà il Grayscale Bitcoin Trust (GBTC), che al momento della stesura di questo articolo ha un patrimonio di 22,2 miliardi di dollari.',
      'In contrasto con l’AUM in continua crescita di IBIT, la rivale GBTC continua a perdere riserve. Nelle ultime due settimane, il deflusso medio giornaliero di capitale da questo prodotto di investimento è stato di 4140 BTC, ovvero 277 milioni di dollari.',
      'Vale la pena notare che il 13 marzo 2024, l’afflusso giornaliero di capitali negli ETF spot su Bitcoin ha superato il miliardo di dollari, ma dopo aver raggiunto un livello record, la cifra ha iniziato a diminuire in modo significativo. Ad esempio, il deflusso di fondi nel periodo dal 18 al 22 marzo 2024 è stato pari a 1,81 miliardi di dollari.',
    ],
    expect: [
      o('15,5 miliardi di dollari', 15.5e9),
      o('274 milioni di dollari', 274e6),
      o('22,2 miliardi di dollari', 22.2e9),
      o('277 milioni di dollari', 277e6),
      o('miliardo di dollari', 1e9),
      o('1,81 miliardi di dollari', 1.81e9),
    ],
  },
];
