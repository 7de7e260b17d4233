import { o, type RealCase } from '../labels';

const row = (area: string, unit: string, watt: string, kwh: string, year: string) => [
  { text: area, header: '地域', row: area },
  { text: unit, header: '電力単価 (kWh)', row: area },
  { text: watt, header: 'マイニングリグの消費電力 (W)', row: area },
  { text: kwh, header: '年間消費電力 (kWh)', row: area },
  { text: year, header: '年間電力コスト', row: area },
];

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinkoukan.uk/s/ja/%E3%83%93%E3%83%83%E3%83%88%E3%82%B3%E3%82%A4%E3%83%B3+%E3%83%9E%E3%82%A4%E3%83%8B%E3%83%B3%E3%82%B0+%E8%B2%BB%E7%94%A8/35535',
    lang: 'ja',
    tags: ['table', 'cost', 'format'],
    title: 'ビットコイン マイニング 費用',
    blocks: [
      {
        heading: '電力料金',
        text: 'ビットコインマイニングは大量の電力を使います。たとえば最新のマイニングリグAntminer S19 Proの消費電力は約3250Wです。これが年間でどれほどのコストになるかは、地域ごとの電力単価で変わります。',
      },
      '表1: 電力消費とコストの概算',
      ...row('東京', '30円', '3250W', '28,380 kWh', '851,400円'),
      ...row('大阪', '25円', '3250W', '28,380 kWh', '709,500円'),
      ...row('札幌', '22円', '3250W', '28,380 kWh', '624,360円'),
    ],
    expect: [
      o('30円', 30, 'JPY'),
      o('851,400円', 851400, 'JPY'),
      o('25円', 25, 'JPY'),
      o('709,500円', 709500, 'JPY'),
      o('22円', 22, 'JPY'),
      o('624,360円', 624360, 'JPY'),
    ],
  },
];
