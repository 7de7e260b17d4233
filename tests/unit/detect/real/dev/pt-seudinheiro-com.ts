import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.seudinheiro.com/2020/bolsa-dolar/bitcoin-passa-15-mil-bate-recorde-historico-reais/amp',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Num dia de alta generalizada nos mercados, o Bitcoin estendeu os ganhos recentes e rompeu nesta quinta-feira (5) o nível de US$ 15 mil (cerca de R$ 84 mil). É a maior marca da história da moeda cotada em reais, e ela se aproxima do topo em dólares, na casa de US$ 20 mil.',
      'Por volta das 15h24 (horário de Brasília), a moeda digital mais conhecida do mundo era cotada a R$ 84,5 mil, em alta diária de 4,88%.',
      'Vale lembrar que em outubro a criptomoeda já tinha superado a máxima histórica dos R$ 70 mil de 2017.',
      'O ativo digital tem subido rápido. Em março de 2020, quando despencou junto com quase todo o mercado, estava abaixo dos US$ 4 mil. Hoje está em US$ 15 mil, uma alta de 200%.',
      'Os comprados em bitcoin agora esperam que a criptomoeda passe dos US$ 20 mil, um novo recorde em dólares, segundo a revista Forbes.',
    ],
    expect: [
      p('US$ 15 mil', 15000),
      p('R$ 84 mil', 84000, 'BRL'),
      p('US$ 20 mil', 20000),
      p('R$ 84,5 mil', 84500, 'BRL'),
      p('R$ 70 mil', 70000, 'BRL'),
      p('US$ 4 mil', 4000),
      p('US$ 15 mil', 15000),
      p('US$ 20 mil', 20000),
    ],
  },
];

cases.push({
  url: 'https://www.seudinheiro.com/2023/criptomoedas/bitcoin-btc-criptomoedas-hoje-rens-27-03/',
  lang: 'pt',
  tags: ['table', 'anaphora', 'prose'],
  blocks: [
    'A maior criptomoeda do mundo passou a cair nesta segunda-feira (27), num ajuste depois das fortes altas dos últimos dias, e se afasta do patamar de US$ 28 mil.',
    'A MicroStrategy, empresa com mais BTC em caixa no mundo, fez um novo aporte de cerca de 6.455 tokens por US$ 150 milhões.',
    'Com isso, a empresa elevou seu estoque para 138.955 BTC, a uma média de US$ 29.817 por token — ou, no total, US$ 4,1 bilhões.',
    'Confira o desempenho das dez maiores criptomoedas do mundo hoje:',
    { text: 'US$ 27.363,56', header: 'Price', row: 'Bitcoin (BTC)' },
    { text: '-1,50%', header: '24h %', row: 'Bitcoin (BTC)' },
    { text: 'US$ 1.739,10', header: 'Price', row: 'Ethereum (ETH)' },
    { text: 'US$ 1,00', header: 'Price', row: 'Tether (USDT)' },
    { text: 'US$ 326,66', header: 'Price', row: 'BNB (BNB)' },
    { text: 'US$ 0,4742', header: 'Price', row: 'XRP (XRP)' },
    { text: 'US$ 0,07427', header: 'Price', row: 'Dogecoin (DOGE)' },
  ],
  expect: [
    p('US$ 28 mil', 28000),
    o('US$ 150 milhões', 150e6),
    p('US$ 29.817', 29817),
    o('US$ 4,1 bilhões', 4.1e9),
    p('US$ 27.363,56', 27363.56),
    o('US$ 1.739,10', 1739.1),
    o('US$ 1,00', 1),
    o('US$ 326,66', 326.66),
    o('US$ 0,4742', 0.4742),
    o('US$ 0,07427', 0.07427),
  ],
});
