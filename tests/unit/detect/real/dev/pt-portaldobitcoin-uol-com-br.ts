import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://portaldobitcoin.uol.com.br/manha-cripto-bitcoin-bate-recorde-de-us-75-mil-com-trump-a-beira-da-vitoria/amp',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'O Bitcoin (BTC) enfim renovou seu recorde de preço nesta quarta-feira (6) ao atingir US$ 75.358 por volta das 3h (horário de Brasília). Às 7h, a criptomoeda líder recua para US$ 73.625, ainda em alta de 7,2% em 24 horas, segundo o CoinGecko.',
      'Em reais, o BTC é negociado agora a R$ 425.836, segundo o Índice de Preço do Bitcoin (IPB). Mais cedo, renovou o recorde da semana passada ao passar de R$ 429.747, ajudado também pela alta do dólar, que nesta manhã chega a R$ 5,99.',
    ],
    expect: [
      p('US$ 75.358', 75358),
      p('US$ 73.625', 73625),
      p('R$ 425.836', 425836, 'BRL'),
      p('R$ 429.747', 429747, 'BRL'),
      o('R$ 5,99', 5.99, 'BRL'),
    ],
  },
  {
    url: 'https://portaldobitcoin.uol.com.br/bitcoin-despenca-us-1-000-bate-us-8-600-e-registra-menor-preco-dos-ultimos-tres-meses',
    lang: 'pt',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Bitcoin despenca US$ 1.500, bate US$ 8.100 e registra menor preço dos últimos três meses',
    blocks: [
      'Bitcoin despenca US$ 1.500, bate US$ 8.100 e registra menor preço dos últimos três meses',
      'O preço do bitcoin caiu mais de US$ 1.500 nesta terça-feira (24), batendo US$ 8.100 às 13h43min, horário de Brasília. No Brasil, a criptomoeda já é negociada abaixo dos R$ 40.000.',
      'Depois de abrir o dia cotado a US$ 9.700, o BTC operou em leve queda até as 14h, quando valia US$ 9.500. Nos minutos seguintes, uma queda de US$ 1.000 levou a cotação para US$ 8.552, chegando a US$ 8.100 logo depois.',
      'O BTC volta ao patamar de meados de junho, quando também era negociado perto dos US$ 8.000. Também em junho, o preço marcou a máxima anual de US$ 13.764, e desde então acumula desvalorização de 41%.',
      {
        text: 'Ethereum cai 16% no dia, cotada a US$ 173, seguida por Ripple e Bitcoin Cash, com quedas de 19% e 23%.',
        heading: 'Criptomoedas em forte queda',
      },
    ],
    expect: [
      o('US$ 1.500', 1500),
      p('US$ 8.100', 8100),
      o('US$ 1.500', 1500),
      p('US$ 8.100', 8100),
      p('R$ 40.000', 40000, 'BRL'),
      p('US$ 9.700', 9700),
      p('US$ 9.500', 9500),
      o('US$ 1.000', 1000),
      p('US$ 8.552', 8552),
      p('US$ 8.100', 8100),
      p('US$ 8.000', 8000),
      p('US$ 13.764', 13764),
      o('US$ 173', 173),
    ],
  },
  {
    url: 'https://portaldobitcoin.uol.com.br/bitcoin-chega-proximo-dos-us-10-000-mas-cai-us-700/amp',
    lang: 'pt',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      'O preço do bitcoin chegou perto dos US$ 10.000 no fim do dia de terça-feira (24). Na primeira hora desta quarta-feira (25), porém, começou uma forte queda de US$ 400, que continua até agora, e voltou ao patamar dos US$ 9.000.',
      // the page really doubles the sign: "R$ R$ 31.339"
      'No Brasil, segundo o Índice de Preço do Bitcoin (IPB), o ativo já cai -7,94%. O dia abriu a R$ 34.041 e às 8:30 da manhã está a R$ R$ 31.339.',
      {
        text: 'Nas últimas 24 horas, mais de US$ 11 bilhões foram negociados em bitcoin nas principais exchanges. Poucas semanas atrás, a média diária rondava US$ 4,5 bilhões.',
        heading: 'Volume de negociação em alta',
      },
      'O Ethereum, segundo maior criptoativo, teve volume acima de US$ 4 bilhões. No Brasil, segundo o IPB, mais de 1.739 BTC foram negociados em 24 horas, o equivalente a mais de R$ 57 milhões.',
      {
        text: 'Depois de dias de fortes altas, e um ganho de mais de US$ 100 bilhões em valor de mercado, as criptomoedas recuam um pouco nas últimas 24 horas.',
        heading: 'Mercado recua após forte alta',
      },
    ],
    expect: [
      p('US$ 10.000', 10000),
      o('US$ 400', 400),
      p('US$ 9.000', 9000),
      p('R$ 34.041', 34041, 'BRL'),
      p('R$ R$ 31.339', 31339, 'BRL'),
      o('US$ 11 bilhões', 11e9),
      o('US$ 4,5 bilhões', 4.5e9),
      o('US$ 4 bilhões', 4e9),
      o('R$ 57 milhões', 57e6, 'BRL'),
      o('US$ 100 bilhões', 100e9),
    ],
  },
  {
    url: 'https://portaldobitcoin.uol.com.br/solana-sobe-30-e-renova-maxima-historica/amp',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'A Solana (SOL) disparou 30% em 24 horas e é negociada a US$ 210 na manhã desta quinta-feira (9). De madrugada, a criptomoeda encostou nos US$ 214, o maior preço já registrado, segundo o CoinMarketCap.',
      'Com a alta, a SOL chegou a US$ 61 bilhões em valor de mercado, perto da Tether (USDT), que tem US$ 68 bilhões de capitalização.',
      {
        text: 'O preço do Bitcoin (BTC) ficou praticamente estável em 24 horas. Nesta manhã, a criptomoeda é negociada a US$ 46.019, em leve alta de 0,10%.',
        heading: 'Bitcoin (BTC) e altcoins',
      },
      'O Ethereum (ETH), segundo maior criptoativo do mercado, subiu 3,82% desde ontem e é cotado a US$ 3.460 no momento da redação.',
    ],
    expect: [
      o('US$ 210', 210),
      o('US$ 214', 214),
      o('US$ 61 bilhões', 61e9),
      o('US$ 68 bilhões', 68e9),
      p('US$ 46.019', 46019),
      o('US$ 3.460', 3460),
    ],
  },
  {
    url: 'https://portaldobitcoin.uol.com.br/valor-de-mercado-do-bitcoin-supera-us-330-bilhoes-e-bate-recorde-historico',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Valor de mercado do bitcoin supera US$ 330 bilhões e bate recorde histórico',
    blocks: [
      'A capitalização do Bitcoin bateu hoje um novo recorde. O valor de mercado, que passou do recorde anterior de US$ 330 bilhões, vem da alta do preço, já cotado a US$ 17.800.',
      // the page writes "US $" with a space inside the sign
      'O preço do Bitcoin chegou ao ponto mais alto, perto de US $ 20.000, em 2017. Mas o recorde de capitalização foi de US $ 328 bilhões, segundo a Coin Metrics – menor do que hoje.',
      'B3 teve receita de R$ 65 milhões com futuros de Bitcoin em 2024',
      'Bitcoin está na “zona de euforia” e pode atingir US$ 125 mil até final do ano, diz analista',
      'Analista estima que o preço do Bitcoin variará entre US$ 109 mil e US$ 125 mil até o início de 2025',
    ],
    expect: [
      o('US$ 330 bilhões', 330e9),
      p('US$ 17.800', 17800),
      p('US $ 20.000', 20000),
      o('US $ 328 bilhões', 328e9),
      o('R$ 65 milhões', 65e6, 'BRL'),
      p('US$ 125 mil', 125000),
      p('US$ 109 mil', 109000),
      p('US$ 125 mil', 125000),
    ],
  },
];
