import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcnizando.com.br/bitcoin-despenca-abaixo-dos-us-100-mil-pela-primeira-vez-desde-maio-o-fim-do-bull-run',
    lang: 'pt',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'O preço do Bitcoin (BTC) ficou abaixo dos US$ 100 mil nesta terça-feira (4), a primeira vez desde maio que a maior criptomoeda perde o patamar de seis dígitos. O movimento resultou em mais de US$ 1,3 bilhão em liquidações nas últimas 24 horas.',
      {
        text: 'Segundo o CoinMarketCap e a Coinbase, o BTC chegou a US$ 99.954 antes de reagir para a faixa de US$ 101 mil. Ainda assim, acumula queda de 12% na semana e de mais de 20% desde a máxima histórica de US$ 126 mil de outubro.',
        heading: 'Queda do Bitcoin: o que está acontecendo?',
      },
      'Brian Huang, CEO da Glider, disse que o mercado ainda sente a “Black Friday das criptos”: “Com US$ 20 bilhões liquidados recentemente, muitos investidores migraram para stablecoins.”',
      {
        text: 'De acordo com o CoinGlass, mais de US$ 1,3 bilhão em posições foram liquidadas nas últimas 24 horas, sendo US$ 1,1 bilhão de posições long.',
        heading: 'Impacto no mercado: liquidações e efeito dominó',
      },
      'O Bitcoin liderou as liquidações com US$ 470 milhões, seguido pelo Ethereum (US$ 377 milhões). Outras criptos também sofreram:',
      'ETH caiu quase 10%, negociado abaixo de US$ 3.300;',
      'XRP recuou 7,5% para US$ 2,17;',
      'Solana (SOL) caiu 8%, cotada a US$ 154;',
      'Dogecoin (DOGE) perdeu 7%, negociada a US$ 0,157.',
    ],
    expect: [
      p('US$ 100 mil', 100000),
      o('US$ 1,3 bilhão', 1.3e9),
      p('US$ 99.954', 99954),
      p('US$ 101 mil', 101000),
      p('US$ 126 mil', 126000),
      o('US$ 20 bilhões', 20e9),
      o('US$ 1,3 bilhão', 1.3e9),
      o('US$ 1,1 bilhão', 1.1e9),
      o('US$ 470 milhões', 470e6),
      o('US$ 377 milhões', 377e6),
      o('US$ 3.300', 3300),
      o('US$ 2,17', 2.17),
      o('US$ 154', 154),
      o('US$ 0,157', 0.157),
    ],
  },
];
