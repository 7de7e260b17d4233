import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.investing.com/news/cryptocurrency-news/il-bitcoin-torna-sotto-i-4000-dollari-si-riduce-limpennata-503230',
    lang: 'it',
    tags: ['prose', 'change', 'anaphora'],
    title: "Il Bitcoin torna sotto i 4.000 dollari, si riduce l'impennata",
    blocks: [
      'Investing.com - Questo martedì il prezzo del Bitcoin ripiega sotto i 4.000 dollari, e il forte rimbalzo dopo i crolli della settimana scorsa perde slancio.',
      'Il Bitcoin cede 125 dollari, o il 3%, a 3.959,60 dollari alle 9:40 ET (13:40 GMT).',
      'La settimana scorsa la valuta digitale ha bruciato oltre 1.000 dollari di valore, scendendo sotto i 3.000 dollari per la prima volta da oltre un mese.',
      "L'Ethereum, principale rivale del Bitcoin per capitalizzazione, scende del 3,3%, o di 9,90 dollari a 286,92 dollari.",
      'Il valore complessivo delle criptovalute scambiate è di quasi 136 miliardi di dollari.',
    ],
    expect: [
      p('4.000 dollari', 4000),
      o('125 dollari', 125),
      p('3.959,60 dollari', 3959.6),
      o('1.000 dollari', 1000),
      p('3.000 dollari', 3000),
      o('9,90 dollari', 9.9),
      o('286,92 dollari', 286.92),
      o('136 miliardi di dollari', 136e9),
    ],
  },
  {
    url: 'https://it.investing.com/news/forex-news/article-498800',
    lang: 'it',
    tags: ['prose', 'change', 'anaphora'],
    title: "L'ethereum sale, il bitcoin in calo",
    blocks: [
      "Investing.com - Mercoledì il prezzo dell'ethereum sale ancora, mentre il Bitcoin scende dopo i moniti di un esponente della BCE sull'uso della valuta come mezzo di pagamento ufficiale.",
      "L'ethereum balza del 12,45%, o di 23,99 dollari, a 217,99 dollari alle 09.50 ET (13.50 GMT).",
      'La valuta ha rimbalzato di quasi il 40% in due sedute, dopo il crollo a 130,26 dollari di domenica.',
      'Il Bitcoin si ferma intanto a 2.294,0 dollari su GDAX di Coinbase, in calo dello 0,41%, o di 9,4 dollari.',
      'Il prezzo del bitcoin resta lontano dai record vicini ai 3.000 dollari del mese scorso.',
    ],
    expect: [
      o('23,99 dollari', 23.99),
      o('217,99 dollari', 217.99),
      o('130,26 dollari', 130.26),
      p('2.294,0 dollari', 2294),
      o('9,4 dollari', 9.4),
      p('3.000 dollari', 3000),
    ],
  },
];
