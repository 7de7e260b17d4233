import { p, type RealCase } from '../labels';

// Gadget-news site republishing a weekly Bitcoin outlook: a weekly close, a support to hold, and
// conditional targets ("a weekly close above $94,000 ... towards $101,000").
export const cases: RealCase[] = [
  {
    url: 'https://www.gadgetnews.io/?p=647792',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Price Weekly Outlook',
    blocks: [
      'Last week, bulls needed to hold closes above $85,000 to stave off the bears, and they did. Bitcoin price dropped to support again and the bulls pushed it back up to close the week at $88,656. If the price fails to push above the wedge trend line, look for the next leg down into the low $70,000 range.',
      'Market mood: if the bulls can finally take out resistance at $94,000 over the next couple of weeks, they may sustain some momentum into the new year. A weekly close above $94,000 points towards $101,000, and this could continue to $108,000 with a close above $100,000.',
    ],
    expect: [
      p('$85,000', 85000),
      p('$88,656', 88656),
      p('$70,000', 70000),
      p('$94,000', 94000),
      p('$94,000', 94000),
      p('$101,000', 101000),
      p('$108,000', 108000),
      p('$100,000', 100000),
    ],
  },
];
