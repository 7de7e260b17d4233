import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://rsi.ch/info/economia/Tonfo-del-Bitcoin--1055168.html',
    lang: 'it',
    tags: ['anaphora', 'format', 'prose'],
    title: 'Tonfo del Bitcoin',
    blocks: [
      'Il Bitcoin sprofonda: lascia il 40% e in 24 ore brucia un quarto della sua capitalizzazione, 121 miliardi di dollari andati in fumo.',
      'La criptovaluta scivola sotto gli 11.000 dollari, a 10’400, dopo aver sfiorato un massimo di 20’000, verso una settimana nera (-39%). Ethereum, seconda valuta digitale per valore, perde il 35% a 648,44 dollari.\nATS/ludoC',
    ],
    expect: [o('121 miliardi di dollari', 121e9), p('11.000 dollari', 11000), o('648,44 dollari', 648.44)],
  },
];
