import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.efe.com/efe/brasil/economia/bitcoin-triplica-seu-valor-em-6-meses-e-alcan-a-maximo-de-mar-o-2018/50000240-4008129?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin triplica seu valor em 6 meses e alcança máximo de março de 2018',
    blocks: [
      'O bitcoin disparou neste final de semana e superou a barreira dos US$ 10.000, valor que não registrava desde março de 2018, com uma cotação nesta segunda-feira de US$ 10.898 por unidade, embora no domingo tenha chegado a US$ 11.247, triplicando seu valor desde janeiro.',
      'A criptomoeda de referência segue a tendência de alta iniciada em abril, com avanço de 165% em seis meses, segundo o portal CoinDesk, porcentagem que sobe a 192% quando se usa como referência os US$ 3.800 que custava uma unidade de bitcoin em janeiro.',
    ],
    expect: [p('US$ 10.000', 10000), p('US$ 10.898', 10898), p('US$ 11.247', 11247), p('US$ 3.800', 3800)],
  },
];
