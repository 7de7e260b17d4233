import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.techflowpost.com/ja-JP/article/29304',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format'],
    title: 'ビットコイン暴落後、マイナーの生活はまだ楽ですか?',
    blocks: [
      'ビットコイン価格が9万ドルを割り込んだ今、マイナーは苦しい立場にある。この2か月で、マイナーの7日間平均収入は6000万ドルから35%減って4000万ドルになった。',
      '1ブロックの報酬は3.125BTCで、1日に約450BTCが掘られる。30日間で13,500BTCとなり、足元の約8.8万ドルで換算すると総額はおよそ12億ドルだ。',
    ],
    expect: [
      p('9万ドル', 90000),
      o('6000万ドル', 60000000),
      o('4000万ドル', 40000000),
      p('8.8万ドル', 88000),
      o('12億ドル', 1200000000),
    ],
  },
];
