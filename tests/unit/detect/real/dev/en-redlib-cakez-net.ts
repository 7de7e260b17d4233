import { o, type RealCase } from '../labels';

// An r/BitcoinUK thread (via a Redlib mirror) working through capital gains tax on a BTC sale: every
// amount is a sum invested, a gain, an allowance or a tax bill in pounds, none is a price of one coin.
const url =
  'https://redlib.cakez.net/r/BitcoinUK/comments/1n47brr/yet_another_cgt_question_allowance_calculations';
const title = 'Yet another cgt question (allowance calculations) : r/BitcoinUK';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'UK Specific Yet another cgt question (allowance calculations)',
      'Ok here is my example question',
      'I buy £1k of btc',
      'now its worth £10k and i sell',
      'so i have made £9k gain',
    ],
    expect: [o('£1k', 1000, 'GBP'), o('£10k', 10000, 'GBP'), o('£9k', 9000, 'GBP')],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'my question is do i deduct the £3k allowance from',
      'A; the 9k so i work on the tax on £6k = £1080',
      'B; the amount of tax i have to pay in the £9k which is £1620',
      '(Leaving £1380 allowance available)',
      '(i am under 50k with income so 18 percent)',
    ],
    expect: [
      o('£3k', 3000, 'GBP'),
      o('£6k', 6000, 'GBP'),
      o('£1080', 1080, 'GBP'),
      o('£9k', 9000, 'GBP'),
      o('£1620', 1620, 'GBP'),
      o('£1380', 1380, 'GBP'),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['forum'],
    title,
    blocks: [
      'u/Inside-Definition-42 5d ago',
      '£1080 is the right answer',
      'Or you could sell £3333 in each of the next 3 tax years and pay nothing.',
      'u/Real_Resolution_3038 5d ago',
      'The £3000 free amount will be removed before Christmas. (November) I think',
    ],
    expect: [o('£1080', 1080, 'GBP'), o('£3333', 3333, 'GBP'), o('£3000', 3000, 'GBP')],
  },
];
