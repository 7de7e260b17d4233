import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptospy.ru/post/down-but-not-out-edinstvennaya-liniya-kotoruyu-dolzen-proiti-bitkoin-ctoby-byt-bycim',
    lang: 'ru',
    tags: ['prose'],
    title: 'Down but not out: единственная линия, которую должен пройти биткоин, чтобы быть бычьим',
    blocks: [
      'Цена биткоина падает, тестируя область поддержки на уровне $26 000 после нескольких недель болезненной боковой консолидации.',
      'Хотя горизонтальная линия поддержки, безусловно, важна, она не так критична, как другая линия, которую BTCUSD должна удержать, чтобы оставаться бычьей.',
    ],
    expect: [p('$26 000', 26000)],
  },
];
