import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoingarden.org/forum/index.php?topic=107490.0',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    blocks: [
      'As the BTC price keeps sliding, what worries many users and miners most is whether it will drop under the shutdown price. A mining machine burns electricity while it runs, and that power bill is its running cost. Once mining income no longer covers the electricity, every extra hour is a loss and miners switch off. The BTC price at that point is the shutdown price of the machine; you can also think of it as the cost price of mining.',
      'Daily mining profit = (hashrates*86,400/mining difficulty of the network/2³²) * (block rewards + miner fees)\nShutdown price = electricity price * power consumption * 24 / daily mining profit',
      'Take the Antminer S19: officially it draws 3,250W for a hashrate of 95 T. Electricity is taken at $0.077 per kilowatt-hour (the power charge standard in China). As of August 26, the BTC mining difficulty, network hashrate and weekly average miner fee/block reward were 17.62T, 129.74 EH/s and 1.3%.',
      'Then, the daily mining profit = (95*24*60*60/17.62/2³²)*(6.25+6.25*1.3%) = 0.00068685 BTC\nShutdown price = 0.077*3.25*24/0.00068685 = $8744.27',
    ],
    expect: [o('$0.077 per kilowatt-hour', 0.077), c('$8744.27', 8744.27)],
  },
];
