import { p, type RealCase } from '../labels';

// Australian blog post: the price in Australian dollars ("A$19,306.12"); the second amount only says
// "the price", two years earlier.
export const cases: RealCase[] = [
  {
    url: 'https://techau.com.au/abc-radio-now-including-bitcoin-price-in-news-bulletins/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'ABC Radio now including Bitcoin price in news bulletins',
    blocks: [
      'The price of Bitcoin is now read out by ABC Radio, our national broadcaster, alongside the dollar, gold and the S&P – a real milestone for the cryptocurrency.',
      'Among thousands of alt coins, Bitcoin is still the original (and most expensive), currently worth A$19,306.12 for each and every Bitcoin. Two years ago the price was under A$1,000.',
    ],
    expect: [p('A$19,306.12', 19306.12, 'AUD'), p('A$1,000', 1000, 'AUD')],
  },
];
