import { p, type RealCase } from '../labels';

// Crypto blog rewrite of analysts' targets: "$95K"/"$120K" headline, a "$120k+" inside a quoted
// post, a technical target to the hundred and a "$57K" level in a researcher's quote.
export const cases: RealCase[] = [
  {
    url: 'https://bananaforscale.online/?p=6134',
    lang: 'en',
    tags: ['prose', 'forum', 'format'],
    title: '$95K or $120K? Bitcoin Traders Split on Next Price Peak',
    blocks: [
      '$95K or $120K? Bitcoin Traders Split on Next Price Peak',
      'Forecasts suggest a potential Bitcoin peak above $100,000, but the key question is whether it can close a week above $71,500 to validate a breakout.',
      'Can Bitcoin Surpass the $120,000 Mark?',
      {
        text: 'Some analysts predict Bitcoin could reach the $120,000 mark. Trader Mikybull posted: “Bitcoin is preparing for the next wave of rally which could propel it to $120k+ level.”',
      },
      'Analyst Mags suggests the next major level could be around $95,000: “The technical target for this setup is $95,700.”',
      'New Bitcoin investors have risen 3% since the $57,000 level. Researcher Axel Adler said: “From the $57K level, new investors increased by 3%.”',
    ],
    expect: [
      p('$95K', 95000),
      p('$120K', 120000),
      p('$100,000', 100000),
      p('$71,500', 71500),
      p('$120,000', 120000),
      p('$120,000', 120000),
      p('$120k', 120000),
      p('$95,000', 95000),
      p('$95,700', 95700),
      p('$57,000', 57000),
      p('$57K', 57000),
    ],
  },
];
