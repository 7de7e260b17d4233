import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.infomoney.com.br/mercados/custo-de-producao-do-bitcoin-cai-para-us-13-mil-e-ameaca-criptomoeda-diz-jpmorgan/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Custo de produção do Bitcoin cai para US$ 13 mil e ameaça criptomoeda, diz JPMorgan',
    blocks: [
      'Custo de produção do Bitcoin cai para US$ 13 mil e ameaça criptomoeda, diz JPMorgan',
      'Mineradores estão mais eficientes, mas a mudança pode pesar na percepção de fundo de mercado',
      'O custo para produzir Bitcoin (BTC) caiu de US$ 20 mil para cerca de US$ 13 mil desde o início de junho, disse o banco de investimento JPMorgan em nota enviada a clientes.',
      'A queda no custo de produção decorre do “declínio no uso de eletricidade, segundo o Cambridge Bitcoin Electricity Consumption Index, embora o hashrate esteja flutuando nos últimos meses sem tendência de baixa clara”, escreveram os estrategistas.',
      'O JPMorgan lembra que o custo de produção serve de referência para apontar o fundo de preço da criptomoeda – quanto mais baixo o custo, maior pode ser a queda do ativo.',
    ],
    expect: [c('US$ 13 mil', 13000), c('US$ 20 mil', 20000), c('US$ 13 mil', 13000)],
  },
  {
    url: 'https://www.infomoney.com.br/onde-investir/bitcoin-fica-acima-de-meta-tesla-e-berkshire-em-valor-de-mercado-veja-ranking/?utm_source=flipboard&utm_medium=activitypub',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'O market cap do Bitcoin supera o da Meta Platforms, dona do Facebook, Instagram e WhatsApp, o da montadora Tesla e o do conglomerado de Warren Buffett, a Berkshire Hathaway. É o que mostram os dados da plataforma companiesmarketcap.com.',
      'LEIA MAIS: Bitcoin quebra recorde e encosta em US$ 90 mil com impulso de Trump',
      'Segundo o site, o market cap do Bitcoin chegou a US$ 1,7 trilhão por volta das 12h (horário de Brasília) desta terça-feira (12), atrás da Prata por US$ 36 bilhões, a mesma vantagem que tem sobre a Meta. Mais cedo, o Bitcoin chegou a passar a capitalização da Prata, com US$ 1,736 trilhão ante US$ 1,735 trilhão do metal.',
      'Depois de perdas entre 2022 e o segundo semestre de 2023, a recuperação iniciada no começo de 2024 ganhou tração em março e disparou desde 6 de novembro, com alta de quase 18% só nos últimos seis dias. Nesta manhã, a cotação da criptomoeda encostou nos US$ 90 mil, a US$ 89.982. Agora está em US$ 87.163,61, o equivalente a mais de R$ 502 mil.',
    ],
    expect: [
      p('US$ 90 mil', 90000),
      o('US$ 1,7 trilhão', 1.7e12),
      o('US$ 36 bilhões', 36e9),
      o('US$ 1,736 trilhão', 1.736e12),
      o('US$ 1,735 trilhão', 1.735e12),
      p('US$ 90 mil', 90000),
      p('US$ 89.982', 89982),
      p('US$ 87.163,61', 87163.61),
      p('R$ 502 mil', 502000, 'BRL'),
    ],
  },
];
