import { o, p, type RealCase } from '../labels';

// All-caps headline with a glued comma ("2010,IT"), then per-coin prices among investment totals.
export const cases: RealCase[] = [
  {
    url: 'https://www.bbnnglobal.com/2024/12/20/if-you-had-invested-100-in-bitcoin-in-2010it-would-be-worth-100378600-now',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'IF YOU HAD INVESTED $100 IN BITCOIN IN 2010,IT WOULD BE WORTH $100,378,600 NOW…',
    blocks: [
      'IF YOU HAD INVESTED $100 IN BITCOIN IN 2010,IT WOULD BE WORTH $100,378,600 NOW…',
      'In 2010, a little-known digital currency called Bitcoin made its way into the world. Back then it was a niche experiment within the tech community, priced at an astonishingly low $0.10 per coin.',
      'Had you invested just $100 in Bitcoin in 2010, you would have acquired approximately 25,000 BTC. Bitcoin’s value has fluctuated dramatically since, but it reached peaks of over $60,000 per coin in 2021. That same $100 investment would have transformed into a staggering $1.5 billion at Bitcoin’s highest point.',
      'The journey from $0.10 to today is a story of technological innovation, growing acceptance, and the rise of decentralized finance.',
      {
        heading: 'A Rollercoaster of Growth',
        text: 'As Bitcoin gained traction, its value soared. By 2013, it had broken the $1,000 mark for the first time, capturing the attention of mainstream investors.',
      },
    ],
    expect: [
      o('$100', 100),
      o('$100,378,600', 100378600),
      p('$0.10 per coin', 0.1),
      o('$100', 100),
      p('$60,000 per coin', 60000),
      o('$100', 100),
      o('$1.5 billion', 1.5e9),
      p('$0.10', 0.1),
      p('$1,000', 1000),
    ],
  },
];
