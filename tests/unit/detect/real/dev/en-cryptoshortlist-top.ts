import { o, type RealCase } from '../labels';

const H = ['#', 'Exchange', 'Pair', 'Price (USD)', 'Volume 24h', 'Trust', 'Trade'];
const row = (n: string, pair: string, price: string, vol: string) =>
  [n, pair, price, vol, '—', 'Trade →'].map((text, i) => ({ text, header: H[i === 0 ? 0 : i + 1], row: n }));

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptoshortlist.top/coin/tether',
    lang: 'en',
    tags: ['table', 'widget'],
    title: 'Tether price analysis',
    blocks: [
      'Tether',
      'Rank #3',
      'Real-time price analysis, risk metrics & trend forecasting',
      '24h range: $0.998595 — $0.999068',
      'Tether (USDT) is a stablecoin pegged to the US Dollar, designed so that one Tether is always worth exactly $1.00 USD. Tether Limited says every Tether in circulation is backed 1:1 by fiat currency and cash equivalents held in reserve.',
      ...row('1', 'BTC/USDT', '$0.9994', '$2.86B'),
      ...row('2', 'BTC/USDT', '$0.998948', '$2.29B'),
      ...row('3', 'BTC/USDT', '$0.9993', '$1.82B'),
      ...row('4', 'BTC/USDT', '$0.998901', '$1.33B'),
      ...row('5', 'BTC/USDT', '$0.998701', '$1.33B'),
      ...row('6', 'BTC/USDT', '$0.999001', '$1.23B'),
      ...row('10', 'ETH/USDT', '$0.998901', '$1.08B'),
      ...row('11', 'BTC/USDT', '$0.998931', '$875.9M'),
    ],
    expect: [
      o('$0.998595', 0.998595),
      o('$0.999068', 0.999068),
      o('$1.00 USD', 1),
      o('$0.9994', 0.9994),
      o('$2.86B', 2.86e9),
      o('$0.998948', 0.998948),
      o('$2.29B', 2.29e9),
      o('$0.9993', 0.9993),
      o('$1.82B', 1.82e9),
      o('$0.998901', 0.998901),
      o('$1.33B', 1.33e9),
      o('$0.998701', 0.998701),
      o('$1.33B', 1.33e9),
      o('$0.999001', 0.999001),
      o('$1.23B', 1.23e9),
      o('$0.998901', 0.998901),
      o('$1.08B', 1.08e9),
      o('$0.998931', 0.998931),
      o('$875.9M', 8.759e8),
    ],
  },
];
