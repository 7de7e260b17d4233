import { c, o, p, type RealCase } from '../labels';

// A Nostr note walking through one ASIC's economics line by line: power prices in cents and "$/kWhr",
// daily costs, the implied electricity cost per bitcoin ("= $35968") next to the market price, the rig price.
const url = 'https://nostr.at/nevent1qqs2s4xstq9fe43v52p6cazgde8htsardayemy9ag0eeddu0cnmg5ngqhl0lj';
const title =
  "Parman - Activate OP_GFY now!! on Nostr: A quick explanation of how to assess a Bitcoin miner for profitability... Let's take ...";

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title,
    blocks: [
      'A quick walk-through of how to judge whether a Bitcoin miner pays...',
      'Take the S21 Pro. It hashes at 234 TH/s, against 750M TH/s for the whole network.',
      'So the S21 Pro makes about 14k sats per day if you leave it on.',
      'Next question: what does a day of running cost?',
      'The machine is rated at 3510 Watts, so over 24 hours it uses 84.24 kWhr.',
      'If your electricity price is 0.06c per kWhr, then it costs:',
      '84.24 kWhr x 0.06 $/kWhr = $5.05 per day.',
      'So $5.05 to produce 14k sats. At what price are you effectively "buying" bitcoin? We need the units $/bitcoin...',
      '5.05 ÷ 0.00014040(ie 14k sats) = $35968',
      'The current market price is $72,000',
    ],
    expect: [
      o('0.06c'),
      o('0.06 $', 0.06),
      o('$5.05', 5.05),
      o('$5.05', 5.05),
      c('$35968', 35968),
      p('$72,000', 72000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'cost', 'anaphora'],
    title,
    blocks: [
      'So if you pay full price for the s21 Pro ($6318) and have cheap power at 0.06c/kWhr (I pay around 20c US btw where I live), you will mine bitcoin at a profit, but... you still have to earn back the ASIC.',
      '$72000 x 0.0001404 bitcoin means you earn about $10.10 per day in bitcoin and pay $5.05 in electricity. $5 per day profit will take a while to pay off that $6,318 miner!! (3.46 years)',
    ],
    expect: [
      o('$6318', 6318),
      o('0.06c'),
      o('20c', 0.2),
      p('$72000', 72000),
      o('$10.10', 10.1),
      o('$5.05', 5.05),
      o('$5', 5),
      o('$6,318', 6318),
    ],
  },
];
