import { o, type RealCase } from '../labels';

// Tagalog translation of a miners' economics column. An ETF outflow fully in words after the number,
// "1 bilyong dolyar" (linker -ng glued to the scale word); the drawdown "25%-30%" has no currency.
export const cases: RealCase[] = [
  {
    url: 'https://www.bitget.live/ph/news/detail/12560605084537',
    lang: 'tl',
    tags: ['prose', 'format'],
    title: 'Mga Bitcoin miner, hindi na ba kakayanin?',
    blocks: [
      'Nakakapagod na ang laganap na pesimismo sa crypto Twitter nitong mga nakaraang araw. Pero mas kapansin-pansin ang hati ng pananaw sa merkado: may nagmamadaling isulat ang “obituary” ng bull market, habang itinuturing lang ito ng iba na karaniwang pag-ikot ng siklo.',
      'Mula nang ilunsad ang Bitcoin ETF, ngayon lang ito nakaranas ng tatlong sunod na araw na net outflow na umabot sa 1 bilyong dolyar; naging negatibo ang funding rate ng BTC; at naging meme na lang sa crypto Twitter ang “buy the dip”.',
      'Gayunpaman, ilang beses nang bumagsak ang BTC ng 25%-30% sa kasaysayan, pero nakapagtala pa rin ng all-time high sa mga sumunod na buwan.',
    ],
    expect: [o('1 bilyong dolyar', 1e9)],
  },
];
