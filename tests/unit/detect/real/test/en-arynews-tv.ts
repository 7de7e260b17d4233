import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://arynews.tv/bitcoin-to-pakistani-rupee-rate-today-august-22-2025/',
    lang: 'en',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin to Pakistani Rupee rate today – August 22, 2025',
    blocks: [
      'The open-market exchange rate for Bitcoin (BTC) is PKR 32,091,461.03, down PKR 188,118.31 from the previous day’s close of PKR 32,279,579.34, on Friday, August 22, 2025, as of 2:35 PM Pakistan Standard Time (PST).',
      'July 2025 brought big swings for Bitcoin. BTC peaked at ₨. 34,247,028 on July 14, while its low was ₨. 30,002,789.55: a volatile month, but a positive one overall.',
      'For August 2025, analysts expect BTC to PKR rates between ₨32,000,000 and ₨34,000,000, helped by ETF inflows and falling exchange balances.',
    ],
    expect: [
      p('PKR 32,091,461.03', 32091461.03, 'PKR'),
      o('PKR 188,118.31', 188118.31, 'PKR'),
      p('PKR 32,279,579.34', 32279579.34, 'PKR'),
      p('₨. 34,247,028', 34247028, 'PKR'),
      p('₨. 30,002,789.55', 30002789.55, 'PKR'),
      p('₨32,000,000', 32000000, 'PKR'),
      p('₨34,000,000', 34000000, 'PKR'),
    ],
  },
  {
    url: 'https://arynews.tv/btc-to-pkr-conversion-rate-february-28-2025/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'BTC to PKR conversion rate – February 28, 2025',
    blocks: [
      'Bitcoin (BTC) was quoted at PKR 22,458,846.45 in Pakistani Rupees (PKR) on Friday, February 28, 2025 (approximately Rs 22.45 million), against PKR 23,861,183.66 at the close on February 27, 2025.',
      'Investors bet the new administration would be friendlier to crypto, and Bitcoin prices soared, passing the $100,000 milestone during that quarter.',
    ],
    expect: [
      p('PKR 22,458,846.45', 22458846.45, 'PKR'),
      p('Rs 22.45 million', 22.45e6, 'PKR'),
      p('PKR 23,861,183.66', 23861183.66, 'PKR'),
      p('$100,000', 100000),
    ],
  },
];
