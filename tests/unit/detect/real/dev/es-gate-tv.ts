import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://gate.tv/es/crypto-wiki/article/top-cryptocurrencies-to-consider-for-investment-a-comprehensive-market-analysis-20260208',
    lang: 'es',
    tags: ['table', 'format'],
    blocks: [
      { text: 'Pagos entre pares descentralizados', header: 'Propósito', row: 'Bitcoin' },
      { text: '1,24 billones $', header: 'Capitalización de mercado', row: 'Bitcoin' },
      { text: '407 000 millones $', header: 'Capitalización de mercado', row: 'Ethereum' },
      { text: '112 000 millones $', header: 'Capitalización de mercado', row: 'Tether' },
      { text: '33 800 millones $', header: 'Capitalización de mercado', row: 'USDC' },
      'Dato de referencia: la capitalización de mercado es una foto puntual y cambia constantemente',
      'Bitcoin encabeza el mercado con una capitalización de 1,24 billones $ y sigue siendo el activo digital de referencia desde que Satoshi Nakamoto lo creó en 2009.',
    ],
    expect: [
      o('1,24 billones $', 1.24e12),
      o('407 000 millones $', 407e9),
      o('112 000 millones $', 112e9),
      o('33 800 millones $', 33.8e9),
      o('1,24 billones $', 1.24e12),
    ],
  },
];
