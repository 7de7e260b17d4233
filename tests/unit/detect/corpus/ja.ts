import { btc, type CorpusCase, cost, other } from './types';

// Japanese press and crypto media (Nikkei, CoinPost, CoinDesk Japan style).
export const ja: CorpusCase[] = [
  {
    name: 'nikkei-style: 最高値更新',
    text: '暗号資産（仮想通貨）のビットコインの価格が一時7万3000ドルを突破し、過去最高値を更新した。',
    locale: 'ja',
    expect: [btc('7万3000ドル')],
  },
  {
    name: 'coinpost-style: 円建て価格',
    text: 'ビットコイン（BTC）は前日比2.1%高の1050万円で推移している。イーサリアム（ETH）は52万円。',
    locale: 'ja',
    expect: [btc('1050万円'), other('52万円')],
  },
  {
    name: 'nikkei-style: etf資金流入',
    text: '米国のビットコイン現物ETFには週間で約10億ドルの資金が流入した。',
    locale: 'ja',
    expect: [other('10億ドル')],
  },
  {
    name: 'coindesk-japan-style: 時価総額',
    text: 'ビットコインの時価総額は約1兆3000億ドルに達した。',
    locale: 'ja',
    expect: [other('1兆3000億ドル')],
  },
  {
    name: 'coinpost-style: マイニングコスト',
    text: 'マイニングコストは1BTCあたり約4万5000ドルと推計されている。',
    locale: 'ja',
    expect: [cost('4万5000ドル')],
  },
  {
    name: 'bloomberg-japan-style: 下落幅と水準',
    text: 'ビットコインは一時5000ドル下落し、6万2000ドルまで値を下げた。',
    locale: 'ja',
    expect: [other('5000ドル'), btc('6万2000ドル')],
  },
  {
    name: 'nikkei-style: 金とビットコイン',
    text: '金価格は1オンス2400ドル、ビットコインは6万8000ドル前後で取引されている。',
    locale: 'ja',
    expect: [other('2400ドル'), btc('6万8000ドル')],
  },
  {
    name: 'bitflyer-style: 板表示',
    text: 'ビットコイン 1BTC = 10,234,567円',
    locale: 'ja',
    expect: [btc('10,234,567円')],
  },
];
