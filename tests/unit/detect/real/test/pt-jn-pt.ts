import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.jn.pt/economia/bitcoin-cai-30-depois-de-recorde-de-quase-17-mil-euros-9004378.html',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin cai 30% depois de recorde de quase 17 mil euros',
    blocks: [
      'Bitcoin cai 30% depois de recorde de quase 17 mil euros',
      'O preço da bitcoin desceu para menos de 11 mil euros na manhã desta sexta-feira, depois de um recorde de quase 17 mil euros no domingo.',
      'A Bitcoin Cash, moeda digital rival, chegou à Coinbase mas também desceu muito: cerca de 2140 euros por moeda, depois de uma subida rápida de mais de 50% - quatro mil euros por "token", nesta quarta-feira.',
      'A Bitcoin recuperou parte das perdas em poucas horas, negociando perto de 12 mil euros a partir das 9.44 horas.',
      'Nas últimas 24 horas, as criptomoedas perderam cerca de 150 mil milhões de euros em capitalização. Antes da descida de quinta-feira, o mercado valia quase 550 mil milhões de euros; depois, quase 400 mil milhões.',
    ],
    expect: [
      p('17 mil euros', 17000, 'EUR'),
      p('11 mil euros', 11000, 'EUR'),
      p('17 mil euros', 17000, 'EUR'),
      o('2140 euros', 2140, 'EUR'),
      o('quatro mil euros', 4000, 'EUR'),
      p('12 mil euros', 12000, 'EUR'),
      o('150 mil milhões de euros', 150e9, 'EUR'),
      o('550 mil milhões de euros', 550e9, 'EUR'),
      o('400 mil milhões', 400e9, 'EUR'),
    ],
  },
];
