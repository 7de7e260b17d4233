import { o, p, type RealCase } from '../labels';

// "If you invested $1,000 in bitcoin 8 years ago": coin prices sit among sums invested, the stake's
// value now, and the dollar cost of the pizza coins (a total, not a price of one coin).
const url = 'https://blocklr.com/bitcoin/invested-1000-bitcoin/';
const title = "If You Invested $1,000 in Bitcoin 8 Years Ago, Here's How Much You'd Have Now";

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Today, that single bitcoin is worth over $6000. If you invested $1,000 in bitcoin 8 years ago, here’s how much you’d have now.',
    ],
    expect: [p('$6000', 6000), o('$1,000', 1000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Taking a Risk and Riding it Out',
      'What if you had $1,000 dollars to invest 8 years ago and decided that bitcoin was the way to go? How much money would you have now?',
      'To make this calculation as exact as possible, let’s say that you bought bitcoin in July 2010. The price of bitcoin then was $0.08 per coin. For $1,000 dollars at that time you could have purchased 12,500 bitcoins.',
    ],
    expect: [o('$1,000', 1000), p('$0.08', 0.08), o('$1,000', 1000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'As of this moment, one bitcoin is worth $6,000, meaning that if you were to sell now you would have made $75M. You would have earned a 7.5M% profit on your initial investment.',
    ],
    expect: [p('$6,000', 6000), o('$75M', 75e6)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      '$60 Million for 2 Pizzas',
      'What was the first transaction ever made with Bitcoin? A software programmer known as Lazlo Hanyecz offered 10,000 bitcoins for a couple of pizzas.',
      'In today’s bitcoin, Lazlo paid $60 million for his pizzas.',
    ],
    expect: [o('$60 Million', 60e6), o('$60 million', 60e6)],
  },
];
