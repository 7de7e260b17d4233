import { o, type RealCase } from '../labels';

// This is Money reader question on capital gains tax after a bitcoin rally: sums invested, holding
// values, cash-ins, cost basis, gains and the CGT allowance; none is a price of one coin.
const url =
  'https://www.dailymail.co.uk/money/crypto/article-10603155/Do-pay-capital-gains-tax-sell-bitcoin.html';
const title =
  "I bought £10,000 worth of bitcoin in late 2020 and it's now worth £30,000, do I have to pay capital gains tax if I sell half?";

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      "I bought £10,000 worth of bitcoin in late 2020 and it's now worth £30,000, do I have to pay capital gains tax if I sell half?",
      "I put £10,000 into bitcoin in late 2020 and despite its fall from the peak in November, I've still roughly trebled my money.",
    ],
    expect: [o('£10,000', 10000, 'GBP'), o('£30,000', 30000, 'GBP'), o('£10,000', 10000, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'My initial £10,000 investment is now worth about £30,000 and I am thinking about selling half and putting it into some investment trusts I have had my eye on.',
      "Do I have to pay capital gains tax if I sell £15,000 of bitcoin? I haven't made any other gains this tax year. Via email.",
    ],
    expect: [o('£10,000', 10000, 'GBP'), o('£30,000', 30000, 'GBP'), o('£15,000', 15000, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'The taxman has made it clear that crypto-assets are not considered a currency but an investment and so are liable for capital gains tax.',
      'You have to pay CGT when gains on an investment are above the annual allowance of £12,300.',
    ],
    expect: [o('£12,300', 12300, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'In your instance, you are considering selling half your £30,000 bitcoin holding and so cashing in £15,000 worth. That is greater than the capital gains tax allowance, however, you only pay tax on the gain you have made.',
      'If you bought all the bitcoin you plan to sell at the same time in 2020 and it has trebled in value, then the £15,000 you will cash in would have cost you about £5,000.',
      "Your profit aka capital gain is therefore £10,000 and falls within this year's allowance.",
    ],
    expect: [
      o('£30,000', 30000, 'GBP'),
      o('£15,000', 15000, 'GBP'),
      o('£15,000', 15000, 'GBP'),
      o('£5,000', 5000, 'GBP'),
      o('£10,000', 10000, 'GBP'),
    ],
  },
];
