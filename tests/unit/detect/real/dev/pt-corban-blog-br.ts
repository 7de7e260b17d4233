import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://corban.blog.br/2024/11/12/bitcoin-supera-market-cap-de-empresas-como-facebook-tesla-e-berkshire-hathaway',
    lang: 'pt',
    tags: ['label-value', 'prose', 'anaphora'],
    title: 'Bitcoin supera market cap de empresas como Facebook, Tesla e Berkshire Hathaway',
    blocks: [
      'Bitcoin supera market cap de empresas como Facebook, Tesla e Berkshire Hathaway',
      'O market cap do Bitcoin passou o de empresas como Facebook, Tesla e Berkshire Hathaway e chegou a US$1,7 trilhão, segundo a companiesmarketcap.com. O indicador mede o valor de uma empresa a partir da percepção dos investidores.',
      'A recuperação que começou no início de 2024 ganhou força em março e disparou desde 6 de novembro, com alta de quase 18% só nos últimos seis dias. Nesta manhã, a cotação da criptomoeda encostou nos US$ 90 mil, a US$ 89.982.',
      'Ranking companiesmarketcap.com:',
      '- Apple - US$ 2,9 trilhões',
      '- Microsoft - US$ 2,2 trilhões',
      '- Amazon - US$ 1,8 trilhão',
      '- Bitcoin - US$ 1,7 trilhão',
      '- Prata - US$ 1,6 trilhão',
      '- Meta Platforms - US$ 1,6 trilhão',
      '- Tesla - US$ 1,3 trilhão',
      '- Berkshire Hathaway - US$ 1,3 trilhão',
      '- Facebook - US$ 1,2 trilhão',
    ],
    expect: [
      o('US$1,7 trilhão', 1.7e12),
      p('US$ 90 mil', 90000),
      p('US$ 89.982', 89982),
      o('US$ 2,9 trilhões', 2.9e12),
      o('US$ 2,2 trilhões', 2.2e12),
      o('US$ 1,8 trilhão', 1.8e12),
      o('US$ 1,7 trilhão', 1.7e12),
      o('US$ 1,6 trilhão', 1.6e12),
      o('US$ 1,6 trilhão', 1.6e12),
      o('US$ 1,3 trilhão', 1.3e12),
      o('US$ 1,3 trilhão', 1.3e12),
      o('US$ 1,2 trilhão', 1.2e12),
    ],
  },
];
