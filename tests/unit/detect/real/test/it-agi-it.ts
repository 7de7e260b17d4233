import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://agi.it/economia/bitcoin_record10_000_dollari-3177046/news/2017-11-29',
    lang: 'it',
    tags: ['label-value', 'format', 'prose'],
    title: 'Bitcoin, record a 10.000 dollari',
    blocks: [
      'Intanto il Bitcoin ha già passato quota 10.000 dollari e punta verso quota 11.000. E come sempre quando cade una soglia psicologica, riparte il balletto delle previsioni sulla criptovaluta più scambiata del mondo.',
      '14.000 dollari nel 2018',
      'Lo sostiene Ronnie Moas di Standpoint Research, che aveva fatto questa stima una settimana fa, con il Bitcoin a quota 8.245 dollari. Moas aveva già previsto il superamento dei 5.000 dollari.',
      '11.500 dollari entro metà 2018',
      "L'ipotesi è di Tom Lee di Fundstrat. Entro il 2022 Lee vede il Bitcoin tra i 20.000 e i 50.000 dollari.",
      '40.000 dollari entro il 2018',
      '"Un giorno" un milione di dollari',
      "Pessimista Roy Sebag, numero uno di Goldmoney, fondo aurifero da due miliardi di dollari, che quest'estate si è liberato di quasi tutti i 17.000 Bitcoin che aveva.",
    ],
    expect: [
      p('10.000 dollari', 10000),
      p('14.000 dollari', 14000),
      p('8.245 dollari', 8245),
      p('5.000 dollari', 5000),
      p('11.500 dollari', 11500),
      p('20.000', 20000),
      p('50.000 dollari', 50000),
      p('40.000 dollari', 40000),
      p('un milione di dollari', 1e6),
      o('due miliardi di dollari', 2e9),
    ],
  },
];
