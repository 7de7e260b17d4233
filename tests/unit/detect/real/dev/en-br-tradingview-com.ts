import { p, type RealCase } from '../labels';

// A weekly TradingView idea: only the title says BTC; targets glued to the code ("72,000USD"), a range
// with the code on its second end.
export const cases: RealCase[] = [
  {
    url: 'https://br.tradingview.com/chart/BTCUSDT/fIkuKLKb-BTC-USDT-weekly-analysis-on-26th-May-2024',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    title: 'BTC/USDT weekly analysis on 26th May 2024',
    blocks: [
      'Last week, as expected, the price rose and briefly spiked to 72,000 USD. It then fell back, but started climbing again from a bottom of 66,300 USD, and it is now hovering slightly above the 5MA.',
      '# Current order of the candles and MA lines: the candle = 5MA (red) > 20MA (blue) = 60MA (green) > 100MA (black)',
      "#Technical negative points - Because the moving averages are still bunched together, a trigger could easily push the candle lower and reverse the trend. - If the price doesn't try for the all-time high of 73,800 USD soon, it may already have peaked and could decline again.",
      '#Trend forecast for this week : Long 50% Technically there are many positive factors, so I think it will attempt 73,800 USD as early as this week. Still, with the moving averages clustered, a sudden event-driven drop could flip the trend again.',
      '#Target points If the price of Bitcoin increases 1st target: 72,000USD (the highest price on 21st/May/2024) 2nd target: 73,800USD (the highest price on 14th/Mar/2024) 3rd target: 80,000USD (a nice round price)',
      'If the price of Bitcoin decreases 1st target: 64,600-65,700USD (cross-point of 20MA & 60MA & 100MA) 2nd target: 60,000USD (a nice round price, the lowest price on 10th/May/2024) 3rd target: 56,500USD (the lowest price on 1st/May/2024)',
    ],
    expect: [
      p('72,000 USD', 72000),
      p('66,300 USD', 66300),
      p('73,800 USD', 73800),
      p('73,800 USD', 73800),
      p('72,000USD', 72000),
      p('73,800USD', 73800),
      p('80,000USD', 80000),
      p('64,600', 64600),
      p('65,700USD', 65700),
      p('60,000USD', 60000),
      p('56,500USD', 56500),
    ],
  },
];
