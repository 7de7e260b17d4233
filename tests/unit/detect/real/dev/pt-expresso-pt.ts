import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://expresso.pt/economia/2021-12-04-Bitcoin-perde-10.000-dolares-de-valor-em-24-horas-6649f0a1',
    lang: 'pt',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Bitcoin perde 10.000 dólares de valor em 24 horas',
    blocks: [
      'Bitcoin perde 10.000 dólares de valor em 24 horas',
      'O preço da bitcoin caiu acentuadamente este sábado, deslizando para os 47.000 dólares, quando na sexta-feira tinha terminado o dia nos 57.000 dólares.',
      'Entre a manhã de sexta-feira e a manhã deste sábado, a diferença no valor da criptomoeda mais conhecida foi de 10.000 dólares, uma perda de 17%. Durante a noite chegou a cotar nos 43.000 dólares, aponta a CNBC.',
      'A ether, outra criptomoeda cada vez mais conhecida, sentiu igualmente o abalo: caiu para os 3.500 dólares e perdeu mais de 16% no mesmo período de 24 horas.',
    ],
    expect: [
      o('10.000 dólares', 10000),
      p('47.000 dólares', 47000),
      p('57.000 dólares', 57000),
      o('10.000 dólares', 10000),
      p('43.000 dólares', 43000),
      o('3.500 dólares', 3500),
    ],
  },
];
