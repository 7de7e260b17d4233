import { o, type RealCase } from '../labels';

// Home-miner power-bill walk-through: tariff per kWh, hourly, daily and monthly running costs (all other).
export const cases: RealCase[] = [
  {
    url: 'https://sfjdsb.com/tag/eth',
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      'Ever feel like you’re throwing satoshis into a bottomless pit when it comes to Bitcoin mining? The allure of digital gold is strong, but the reality of those power bills can be a rude awakening. Working out your electricity costs is crucial, whether you’re a lone-wolf miner in your garage or weighing a large-scale hosting solution.',
      'Let’s kick things off with a hypothetical: you’ve got your shiny new Bitmain Antminer S19j Pro, ready to churn out blocks. Before you plug it in, let’s talk watts. Check the manufacturer’s specifications; the power draw is usually listed in watts. Say it’s around 3250W. That is the peak consumption; in practice it may fluctuate, but it’s a good starting point.',
      'Here’s where things get real. You need your electricity rate, so grab your latest power bill and look for the cost per kilowatt-hour (kWh). Let’s say it’s $0.15/kWh. A kilowatt is 1000 watts, so our 3250W miner draws 3.25kW. Running it costs 3.25kW * $0.15/kWh = $0.4875 per hour. Multiply that by 24 hours to get the daily cost, which equals $11.70, and again by 30 days: your monthly power cost would be $351.00 running your S19j Pro.',
    ],
    expect: [
      o('$0.15/kWh', 0.15),
      o('$0.15/kWh', 0.15),
      o('$0.4875 per hour', 0.4875),
      o('$11.70', 11.7),
      o('$351.00', 351),
    ],
  },
];
