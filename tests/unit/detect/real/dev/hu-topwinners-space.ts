import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://topwinners.space/kripto-adozas-magyarorszagon-2024-teljes-utmutato-adofizetoknek.html',
    lang: 'hu',
    tags: ['prose', 'format', 'label-value'],
    title: 'Kripto adózás Magyarországon 2024 – teljes útmutató adófizetőknek',
    blocks: [
      {
        heading: 'Jelenlegi Kripto Adószabályok Magyarországon',
        text: '15% szja és 15.5% szocho: Nyereség után összesen 30.5% adó terheli (2024-ben).',
      },
      {
        heading: 'Jelenlegi Kripto Adószabályok Magyarországon',
        text: 'Adómentes küszöb: Éves 600.000 HUF nyereségig adómentes (csak magánszemélyekre).',
      },
      {
        heading: 'Hogyan Számoljuk Ki a Kripto Adót?',
        text: 'Adószámítás: Ha a nyereség meghaladja a 600.000 HUF-ot, a többletre számíts 30.5%-ot.',
      },
      'Példa: 1 BTC vásárlása 10M HUF-ért, eladása 15M HUF-ért után: (15M — 10M) = 5M nyereség. Adó: (5M — 600k) * 30.5% = 1.342.000 HUF.',
    ],
    expect: [
      o('600.000 HUF', 600000, 'HUF'),
      o('600.000 HUF', 600000, 'HUF'),
      p('10M HUF', 1e7, 'HUF'),
      p('15M HUF', 1.5e7, 'HUF'),
      p('15M', 1.5e7, 'HUF'),
      p('10M', 1e7, 'HUF'),
      o('1.342.000 HUF', 1342000, 'HUF'),
    ],
  },
];
