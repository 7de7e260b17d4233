import { o, p, type RealCase } from '../labels';

// ETF-flow bullets and prose where every amount but one is a flow or a total; the last line gives the
// coin's level and its distance ("about $3,500 shy") from the record.
export const cases: RealCase[] = [
  {
    url: 'https://chronicleslive.com/?p=1197738',
    lang: 'en',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Bitcoin ETFs snap 19-day inflow streak',
    blocks: [
      'Bitcoin ETFs in the US marked their first day of negative flows on Monday',
      'All 11 spot BTC ETFs together saw net outflows of $65 million on the day',
      'Grayscale was the biggest decliner of the day, down about $40 million',
      { text: 'Net Outflows Snap 19-Day Positive Streak', heading: 'Bitcoin ETFs snap 19-day inflow streak' },
      {
        text: 'It wasn’t a good day for the spot Bitcoin ETF industry, though from a wider angle it was only a blip. All spot Bitcoin ETFs in the US together saw net outflows of roughly $65 million on the day. It was the first negative day in 20; during the previous 19 days, a total of $4 billion was pulled in from investors.',
        heading: 'Net Outflows Snap 19-Day Positive Streak',
      },
      {
        text: 'Grayscale was the biggest daily underperformer, with net outflows of about $40 million. Other funds were also under water, with Invesco seeing redemptions north of $20 million.',
        heading: 'Net Outflows Snap 19-Day Positive Streak',
      },
      {
        text: 'The cumulative total net inflow across all 11 spot BTC ETFs stands at $15.6 billion. Total net assets, the value of the Bitcoin these ETFs hold, hover just over $61 billion.',
        heading: 'What’s Net Outflow?',
      },
      {
        text: 'That said, the price of Bitcoin early Tuesday floated near the $70,000 threshold, just about $3,500 shy of its all-time record.',
        heading: 'Bitcoin Up 10% in One Month',
      },
    ],
    expect: [
      o('$65 million', 65e6),
      o('$40 million', 40e6),
      o('$65 million', 65e6),
      o('$4 billion', 4e9),
      o('$40 million', 40e6),
      o('$20 million', 20e6),
      o('$15.6 billion', 15.6e9),
      o('$61 billion', 61e9),
      p('$70,000', 70000),
      o('$3,500', 3500),
    ],
  },
];
