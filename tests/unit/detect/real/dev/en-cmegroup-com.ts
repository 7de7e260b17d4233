// CME Bitcoin futures product pages: contract-spec label/value rows where "$5 per bitcoin" is a tick size and
// "$25.00 per contract" a tick value (both o, hard negatives that read like per-coin prices), plus empty quote tiles.
import { o, type RealCase } from '../labels';

const spec = (row: string, text: string) => ({ text, row, heading: 'Contract Specifications' });

export const cases: RealCase[] = [
  {
    url: 'https://www.cmegroup.com/activetrader/Products/EquityIndex?redirect=activetrader.cmegroup.com&dt=ohlc&b=5M&t=LiveIntraday&s=BTC',
    lang: 'en',
    tags: ['label-value', 'widget', 'table'],
    title: 'Bitcoin Futures',
    blocks: [
      { text: 'What are Bitcoin futures?', heading: 'Product Overview' },
      {
        text: 'A cash-settled USD futures contract on the CME CF Bitcoin Reference Rate (BRR), a once-a-day reference rate for the USD price of bitcoin.',
        heading: 'Product Overview',
      },
      spec('Contract Month', 'H, M, U, Z (Mar, Jun, Sept, Dec)'),
      spec('Trading Hours', 'CME Globex and CME ClearPort: 5:00 p.m. – 4:00 p.m. CT Sunday – Friday'),
      spec('Contract Size', '5 bitcoin, as defined by the CME CF Bitcoin Reference Rate (BRR)'),
      spec('Minimum Tick', '$5 per bitcoin'),
      spec('Product Symbol', 'BTC'),
      spec('Dollar Value of One Tick', '$25.00 U.S. Dollars'),
      spec('Exchange Rulebook', 'CME 350'),
      'CME Bitcoin BTC Price',
      { text: 'Open', header: 'Open' },
      { text: 'High', header: 'High' },
      { text: 'Low', header: 'Low' },
      { text: 'Change', header: 'Change' },
      'Last Trade as of CST. 10 Minutes Delayed Quote. Powered by CQG',
    ],
    expect: [o('$5', 5), o('$25.00 U.S. Dollars', 25)],
  },
  {
    url: 'https://www.cmegroup.com/trading/bitcoin-futures.html?utm_source=marketo&utm_medium=email&utm_campaign=bitcoin&utm_content=201807_btc',
    lang: 'en',
    tags: ['label-value', 'table'],
    title: 'Now Available: Bitcoin Futures',
    blocks: [
      'Bitcoin futures (BTC) are live at CME. Hedge your Bitcoin exposure or trade its performance with a futures product from the largest derivatives marketplace.',
      { text: 'Product', header: 'Product' },
      { text: 'Last', header: 'Last' },
      { text: 'Change', header: 'Change' },
      { text: 'Globex Vol', header: 'Globex Vol' },
      spec('Contract Unit', '5 bitcoin, as defined by the CME CF Bitcoin Reference Rate (BRR)'),
      spec(
        'Minimum Price Fluctuation',
        'Outright: $5.00 per bitcoin = $25.00 per contract\nCalendar Spread: $1.00 per bitcoin = $5.00 per contract',
      ),
      spec('Product Code', 'Outright: BTC'),
    ],
    expect: [o('$5.00', 5), o('$25.00', 25), o('$1.00', 1), o('$5.00', 5)],
  },
];
