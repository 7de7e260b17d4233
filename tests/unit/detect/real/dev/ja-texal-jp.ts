import { c, p, type RealCase } from '../labels';

// texal.jp (ja): Bloomberg/JPMorgan: the average cost to mine one bitcoin fell from $24,000 to $13,000;
// the same $13,000 then reappears as the analysts' expected price bottom (p), next to the $20,700 price.
export const cases: RealCase[] = [
  {
    url: 'https://texal.jp/2022/07/16/btc-mining-costs-drop-to-10-month-low-of-13000',
    lang: 'ja',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'BTCの採掘コストが10カ月ぶりの低水準13,000ドルに低下',
    blocks: [
      'ビットコインと暗号通貨全般の価格が数カ月で約60%下落しても、マイナーは採掘をやめていない。より強力で電力効率の高いリグへの投資により、1ビットコインの平均採掘コストを1カ月前の24,000ドルから13,000ドルに引き下げることができたという。',
      '13,000ドルという数字は、2021年9月以来の低水準だ。採掘コストはエネルギー価格だけでなく、ネットワークのハッシュパワーの量にも左右される。',
      '興味深いことに、13,000ドルは、強気相場ごとの史上最高値から80%以上下落した過去の例を踏まえ、アナリストが期待するビットコインの底値と同じである。現時点のビットコイン価格20,700ドルは、2021年11月の最高値から70%の下落を意味する。',
    ],
    expect: [
      c('24,000ドル', 24000),
      c('13,000ドル', 13000),
      c('13,000ドル', 13000),
      p('13,000ドル', 13000),
      p('20,700ドル', 20700),
    ],
  },
];
