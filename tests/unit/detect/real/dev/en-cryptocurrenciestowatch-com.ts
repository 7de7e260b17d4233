import { p, type RealCase } from '../labels';

// Record-in-other-currencies story: euro highs ("€60,393") and yuan quotes with dollars in brackets
// ("414,000 CNY ($57,506)"); every amount is the price of one bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://cryptocurrenciestowatch.com/bitcoin-sets-new-euro-all-time-high/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Sets New Euro All-Time High as Price Crosses $65k',
    blocks: [
      'Bitcoin Sets New Euro All-Time High as Price Crosses $65k',
      'The leading cryptocurrency bitcoin (BTC) has set a new all-time high against the Euro, with its price breaking through the $65,000 mark for the first time since late 2021.',
      'The crypto asset hit a peak of €60,393, beating the previous ATH of €53,000 from September 2021, TradingView data show. At the time of writing, however, BTC has pulled back to €57,704.61, still up a remarkable 56% year-to-date.',
      'Bitcoin also passed several milestones before clearing the €60,000 price threshold.',
      'In late February, bitcoin set a new ATH against the CNY, beating the previous record of approximately 414,000 CNY ($57,506), according to Xe.com. At press time, BTC was changing hands at 469,092 CNY ($65,157) in China.',
    ],
    expect: [
      p('$65k', 65000),
      p('$65,000', 65000),
      p('€60,393', 60393, 'EUR'),
      p('€53,000', 53000, 'EUR'),
      p('€57,704.61', 57704.61, 'EUR'),
      p('€60,000', 60000, 'EUR'),
      p('414,000 CNY', 414000, 'CNY'),
      p('$57,506', 57506),
      p('469,092 CNY', 469092, 'CNY'),
      p('$65,157', 65157),
    ],
  },
];
