import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://web3.gate.com/pt-br/crypto-wiki/article/what-does-the-current-crypto-market-overview-reveal-about-top-coins-20251121',
    lang: 'pt',
    tags: ['table', 'prose', 'format'],
    blocks: [
      'O Bitcoin segue na liderança, com capitalização de mercado de US$1,74 trilhão, o equivalente a 55,17% de todo o mercado cripto em 21 de novembro de 2025.',
      { text: 'US$1,74T', header: 'Capitalização de Mercado (USD)', row: 'Bitcoin (BTC)' },
      { text: '55,17%', header: 'Participação de Mercado', row: 'Bitcoin (BTC)' },
      { text: 'US$87.341,80', header: 'Preço (USD)', row: 'Bitcoin (BTC)' },
      'O volume negociado em 24 horas, de US$1,55 bilhão, mostra liquidez sólida.',
      'Na volatilidade mais recente, o Bitcoin caiu 4,99% em 24 horas, mas segue resistente perto do recorde de US$126.080 de outubro de 2025.',
    ],
    expect: [
      o('US$1,74 trilhão', 1.74e12),
      o('US$1,74T', 1.74e12),
      p('US$87.341,80', 87341.8),
      o('US$1,55 bilhão', 1.55e9),
      p('US$126.080', 126080),
    ],
  },
];
