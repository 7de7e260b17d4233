import { o, p, type RealCase } from '../labels';

// Japanese explainer table: the header carries the assumed 1 BTC price, rows convert BTC fractions to yen.
const H = '日本円換算(1 BTC = 6,000,000 JPY)';
export const cases: RealCase[] = [
  {
    url: 'https://blockchainexchange.uk/s/ja/%E3%83%93%E3%83%83%E3%83%88%E3%82%B3%E3%82%A4%E3%83%B3%E8%B3%BC%E5%85%A5%E5%8D%98%E4%BD%8D/3531',
    lang: 'ja',
    tags: ['table', 'format'],
    title: 'ビットコイン購入の単位について',
    blocks: [
      'ビットコインの購入単位は、通常、1ビットコイン(1 BTC)で表されますが、ビットコインの価格が非常に高いため、一般の投資家が1 BTCを購入するのは難しいことがあります。',
      H,
      { text: '6,000,000 円', header: H, row: '1 ビットコイン' },
      { text: '600,000 円', header: H, row: '0.1 ビットコイン' },
      { text: '60,000 円', header: H, row: '0.01 ビットコイン' },
      { text: '6,000 円', header: H, row: '0.001 ビットコイン' },
      { text: '0.006 円', header: H, row: '1 サトシ' },
    ],
    expect: [
      p('6,000,000 JPY', 6000000, 'JPY'),
      p('6,000,000 円', 6000000, 'JPY'),
      o('600,000 円', 600000, 'JPY'),
      o('60,000 円', 60000, 'JPY'),
      o('6,000 円', 6000, 'JPY'),
      o('0.006 円', 0.006, 'JPY'),
    ],
  },
];
