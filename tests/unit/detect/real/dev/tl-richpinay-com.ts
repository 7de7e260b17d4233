import { p, type RealCase } from '../labels';

// Tagalog personal-finance blog. The 2009 level is in words, "wala pa sa isang centimong dolyar" (not
// even one US cent); "ilang sentimo" (a few cents) has no amount; "US $60,000" has a space after the code.
export const cases: RealCase[] = [
  {
    url: 'https://www.richpinay.com/ano-ang-bitcoin/',
    lang: 'tl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ano ang Bitcoin?',
    blocks: [
      {
        text: 'Sa kasalukuyan, isa sa pinakasikat na crypto currency ang Bitcoin. Malaki ang interes dito dahil sa mga taong nakakamit ng malaking halaga ng pera gamit ito.',
        heading: 'Malaking Kita sa Bitcoin',
      },
      'Nagsimula ang Bitcoin noong 2009 at napakaliit pa ng halaga nito noon – wala pa sa isang centimong dolyar ang bawat isang pirasong Bitcoin. Subalit sa loob ng ilang taon, lumago nang malaki ang halaga nito. Noong 2010, ilang sentimo lamang ang halaga ng isang Bitcoin. Ngunit noong 2017, umabot ito sa halos $20,000 bawat isa. Noong March 2021, umabot sa US $60,000 ang bawat isang bitcoin.',
      'Hindi mo kailangang bumili ng isang buong bitcoin; pwede kang bumili ng maliit na bahagi lamang. Halimbawa, pwede kang bumili ng .0003 bitcoin (hindi sya isang buo).',
    ],
    expect: [p('isang centimong dolyar', 0.01), p('$20,000', 20000), p('US $60,000', 60000)],
  },
];
