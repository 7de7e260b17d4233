import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.zhaqby.com/ja/profile/CryptoPulse%20Elite',
    lang: 'ja',
    tags: ['cost', 'forum', 'format'],
    title: 'CryptoPulse Elite',
    blocks: [
      'JPMorganの推定では、ビットコインの生産コストは1月の\\$90,000から\\$77,000に下がった。採掘難易度が15%低下したためで、中国の2021年の禁止以来の大きな下げだ。同行は2026年も強気を崩さず、長期のビットコイン目標価格として\\$266,000を改めて示している。',
    ],
    expect: [c('$90,000', 90000), c('$77,000', 77000), p('$266,000', 266000)],
  },
];
