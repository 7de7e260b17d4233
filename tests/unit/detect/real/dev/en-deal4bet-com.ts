import { p, type RealCase } from '../labels';

// Long-term returns page: yearly milestones in prose, then a small table whose price column header
// carries the currency ("Price (US$)") over bare cells.
const H = ['particular year', 'Price (US$)', 'annual rate of return'];
const row = (cells: string[]) => cells.map((text, i) => ({ text, header: H[i], row: cells[0] }));

export const cases: RealCase[] = [
  {
    url: 'https://deal4bet.com/en/2025/11/14/%E3%80%8A%E6%8E%A2%E8%AE%A8%E6%AF%94%E7%89%B9%E5%B8%81%E5%8F%8A%E5%85%B6%E4%BB%96%E5%8A%A0%E5%AF%86%E8%B4%A7%E5%B8%81%E7%9A%84%E9%95%BF%E6%9C%9F%E6%8A%95%E8%B5%84%E5%9B%9E%E6%8A%A5%E3%80%8B',
    lang: 'en',
    tags: ['table', 'prose', 'format'],
    title: '《探讨比特币及其他加密货币的长期投资回报》',
    blocks: [
      "Since Bitcoin's creation in 2009, its investment returns have drawn wide attention. Over the past decade its price path has been extremely volatile, yet the overall trend has clearly pointed upward. From an initial value of a few dollars to nearly $60,000 by the end of 2021, Bitcoin's returns have far outpaced those of traditional assets. Below are several key data points on Bitcoin's returns:",
      '2009: When Bitcoin was first created, its price was virtually zero.',
      '2013: First time reaching $1,000, with an annual return rate of nearly 6000%.',
      '2017: Surpassing $20,000, with an annual return exceeding 1300%.',
      '2021: The price approaches $65,000, with an annual return rate reaching nearly 500%.',
      'Even so, the risks of investing in Bitcoin should not be overlooked. The asset’s extreme price swings call for strong risk management.',
      ...row(['2010', '0.08']),
      ...row(['2015', '430', '+2500%']),
      ...row(['2020', '29300', '+300%']),
    ],
    expect: [
      p('$60,000', 60000),
      p('$1,000', 1000),
      p('$20,000', 20000),
      p('$65,000', 65000),
      p('0.08', 0.08),
      p('430', 430),
      p('29300', 29300),
    ],
  },
];
