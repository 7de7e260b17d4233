import { p, type RealCase } from '../labels';

// A personal look back: "$60 per stuk" in a sentence that names only "mijn eerste Bitcoins" after the amount.
export const cases: RealCase[] = [
  {
    url: 'https://onetime.nl/nieuws/de-reis-van-cryptogeld',
    lang: 'nl',
    tags: ['prose', 'forum'],
    title: 'De reis van cryptogeld',
    blocks: [
      'Het is 2012. Ik ben druk bezig met mijn websites over zelfredzaamheid en forexhandel. In die tijd kom ik voor het eerst iets tegen over Bitcoin, een vreemd, virtueel concept dat mij meteen intrigeert.',
      'Ik dook erin, las me suf en besloot wat te kopen. Niet veel hoor, maar genoeg om het spelletje te leren. Voor $60 per stuk kocht ik mijn eerste Bitcoins via de Nederlandse site Bitonic.',
    ],
    expect: [p('$60 per stuk', 60)],
  },
];
