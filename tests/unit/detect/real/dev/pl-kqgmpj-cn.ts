import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kqgmpj.cn/pl/news/detail/12560605069803',
    lang: 'pl',
    tags: ['prose', 'format'],
    blocks: [
      'Po tygodniach powtarzających się wahań rynek kryptowalut przeżył w tym tygodniu najgwałtowniejszy spadek. Bitcoin został bezlitośnie zepchnięty z okolic 100,000 dolarów, aż przebił poziom 90,000 dolarów, nie wykazując nawet najmniejszej oznaki solidnego odbicia.',
      'Ethereum również nie zostało oszczędzone, a jego spadek był jeszcze głębszy. Chłód rynku rozprzestrzenił się w ciągu zaledwie 48 godzin, pozycje wielorybów i instytucji zostały zmuszone do realnych strat, a dźwignie likwidowano jedna po drugiej.',
    ],
    expect: [p('100,000 dolarów', 100000), p('90,000 dolarów', 90000)],
  },
];
