import { p, type RealCase } from '../labels';

// Brazilian daily running a Reuters wire (2017): a record level in "dólares" given twice, and the
// round "10 mil dólares" threshold written with a scale word.
export const cases: RealCase[] = [
  {
    url: 'https://extra.globo.com/noticias/economia/valor-da-bitcoin-sobe-10-vezes-em-2017-ultrapassa-us10-mil-22127195.html',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Valor da bitcoin sobe 10 vezes em 2017 e ultrapassa US$10 mil',
    blocks: [
      'A moeda virtual bitcoin subiu para uma máxima histórica de 10.750 dólares nesta quarta-feira nas principais bolsas, inclusive na BitStamp.',
      'Às 8h45 (no horário de Brasília) a moeda era cotada a 10.750 dólares na BitStamp, em alta de 9 por cento no dia.',
      'A Bitcoin ultrapassou 10 mil dólares em bolsas menores muito antes de atingir o marco na BitStamp.',
    ],
    expect: [p('10.750 dólares', 10750), p('10.750 dólares', 10750), p('10 mil dólares', 10000)],
  },
];
