import { o, p, type RealCase } from '../labels';

// An AI-written market note: the headline amount is a move, not a level; revenue per petahash halves.
export const cases: RealCase[] = [
  {
    url: 'https://strykr.ai/news/mining-bitcoin-rout-capitulation-accumulation-anatomy-10000-1770635817',
    lang: 'en',
    tags: ['change', 'prose', 'cost'],
    title: 'Bitcoin Mining Rout: Capitulation, Accumulation, and the Anatomy of a $10,000 Flash Crash',
    blocks: [
      'Bitcoin Mining Rout: Capitulation, Accumulation, and the Anatomy of a $10,000 Flash Crash',
      'Strykr Pulse 72/100. Structural flushes are usually bottoms, not tops.',
      'If you blinked, you missed it: Bitcoin’s price staged a historic $10,000 flash crash, plunging below $61,000 before ricocheting back to $71,000 in a single week. The real story, though, is what happened in the engine room of the network: miners capitulated en masse and difficulty cratered by the most since 2021.',
      'According to Coindesk, Bitcoin mining difficulty just logged its steepest drop in five years, as revenue per petahash halved from $70 to $35. That is not a margin squeeze, that is a vice grip.',
    ],
    expect: [
      o('$10,000', 10000),
      o('$10,000', 10000),
      p('$61,000', 61000),
      p('$71,000', 71000),
      o('$70', 70),
      o('$35', 35),
    ],
  },
];
