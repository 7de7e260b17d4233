import { p, type RealCase } from '../labels';

// A personal rant-style blog post on Bitcoin's return to the headlines: a past low in "$15k" shorthand, then
// a bare-sentence "$40,000" that names neither Bitcoin nor a price.
export const cases: RealCase[] = [
  {
    url: 'https://www.jtwoodhouse.com/we-tried-to-tell-you/',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      'Where was Bloomberg last year when bitcoin tumbled to $15k?',
      'Apparently, bitcoin crossed a threshold and now it’s everywhere again. Headlines, social posts, texts from old friends. Even the old people want to talk to me. Why now? Who knows. $40,000 is as arbitrary as any number. But the signal is here and it is unmistakable.',
    ],
    expect: [p('$15k', 15000), p('$40,000', 40000)],
  },
];
