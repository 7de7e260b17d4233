import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fibo-crypto.fr/blog/prix-du-bitcoin',
    lang: 'fr',
    tags: ['label-value', 'format'],
    title: 'Prix du Bitcoin',
    blocks: [
      { text: '22 mai 2010 – Bitcoin Pizza Day', heading: 'Les dates clés de Bitcoin' },
      { text: 'nov. 2013 – 1 000 $ franchis', heading: 'Les dates clés de Bitcoin' },
      { text: 'déc. 2017 – Record ≈ 20 000 $', heading: 'Les dates clés de Bitcoin' },
      { text: 'déc. 2020 – Reprise au‑dessus de 20 000 $', heading: 'Les dates clés de Bitcoin' },
      { text: 'nov. 2021 – Record ≈ 69 000 $', heading: 'Les dates clés de Bitcoin' },
    ],
    expect: [p('1 000 $', 1000), p('20 000 $', 20000), p('20 000 $', 20000), p('69 000 $', 69000)],
  },
];
