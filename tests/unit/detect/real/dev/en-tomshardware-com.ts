import { o, type RealCase } from '../labels';

// 2013 hardware review page: every amount is a price of mining gear, none is a price of a bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://www.tomshardware.com/reviews/bitcoin-mining-make-money,3514-7.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: "All About Bitcoin Mining: Road To Riches Or Fool's Gold?",
    blocks: [
      'Financial Aspects: Costs',
      {
        heading: 'The Cost of Mining Hardware',
        text: 'Throughout 2011 and 2012, a rule of thumb was that a graphics card used for Bitcoin mining should cost less than $1 per MH/s. A motherboard supporting four or five GPUs did not come cheap (the popular MSI 890FXA-GD70 cost about $200), but a low-end CPU and 2 GB of RAM was enough for GPU-based mining.',
      },
      {
        heading: 'The Cost of Mining Hardware',
        text: 'When FPGA-based mining hardware became available in late 2011, one of the first, the single-FPGA, 210 MH/s ZTEX 1.15x from Germany, sold for about 400 Euros, or more than $500, plus shipping. Soon several U.S. manufacturers offered quad-FPGA miners for about $1000 each. While 800 or 850 MH/s for $1000 looked almost like a good deal, the real game changer was the $600, 830 MH/s FPGA-based Single from Butterfly Labs, available in early 2012.',
      },
      {
        heading: 'The Cost of Mining Hardware',
        text: 'In June 2012, Butterfly Labs announced its Bitcoin-mining ASICs. Original pricing was $1200 for a 60 GH/s SC Single and a whopping $29,600 for a 1500 GH/s SC miniRig. In 2013 the miniRig was dropped from the product list, and the prices for the other ASIC-based miners were doubled.',
      },
    ],
    expect: [
      o('$1 per MH/s', 1),
      o('$200', 200),
      o('400 Euros', 400, 'EUR'),
      o('$500', 500),
      o('$1000 each', 1000),
      o('$1000', 1000),
      o('$600', 600),
      o('$1200', 1200),
      o('$29,600', 29600),
    ],
  },
];
