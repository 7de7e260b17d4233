import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tek.sapo.pt/noticias/negocios/artigos/bitcoin-chegou-a-valer-52-884-dolares-em-novo-recorde-de-valorizacao',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin chegou a valer 52.884 dólares em novo recorde de valorização',
    blocks: [
      'Segundo a Efe, com dados da Bloomberg, esta manhã a Bitcoin cotou-se a 52.884 dólares (43.586 euros), embora depois tenha recuado e esteja agora perto dos 52.600 dólares.',
      'A Bitcoin passou a marca de 49.000 dólares (40.366 euros) no domingo, depois de a Tesla decidir investir 1.500 milhões de dólares (1.235 milhões de euros) nesta criptomoeda.',
      'A subida acentuou-se com os anúncios da Mastercard e do BNY Mellon, que levaram a Bitcoin a ultrapassar 50.000 dólares na terça-feira (41.200 euros) e 52.000 dólares (42.850 euros) na quarta-feira.',
      'A Ether, a segunda criptomoeda mais usada, chegou na quinta-feira a um novo máximo de 1.949 dólares (1.605 euros) e está agora perto dos 1.940 dólares (1.598 euros).',
      'No domingo, um Bitcoin chegou a valer 49.694 dólares, qualquer coisa como 40.930 euros.',
    ],
    expect: [
      p('52.884 dólares', 52884),
      p('43.586 euros', 43586, 'EUR'),
      p('52.600 dólares', 52600),
      p('49.000 dólares', 49000),
      p('40.366 euros', 40366, 'EUR'),
      o('1.500 milhões de dólares', 1.5e9),
      o('1.235 milhões de euros', 1.235e9, 'EUR'),
      p('50.000 dólares', 50000),
      p('41.200 euros', 41200, 'EUR'),
      p('52.000 dólares', 52000),
      p('42.850 euros', 42850, 'EUR'),
      o('1.949 dólares', 1949),
      o('1.605 euros', 1605, 'EUR'),
      o('1.940 dólares', 1940),
      o('1.598 euros', 1598, 'EUR'),
      p('49.694 dólares', 49694),
      p('40.930 euros', 40930, 'EUR'),
    ],
  },
];
