import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://multizone.cz/techfeed/hodnota-bitcoinu-opet-vyrazne-klesla-banky-zakazuji-nakupy-pres-kreditky-b7e87f4a.html',
    lang: 'cs',
    tags: ['prose', 'change', 'format'],
    title: 'Hodnota bitcoinu opět výrazně klesla, banky zakazují nákupy přes kreditky',
    blocks: [
      'Kybernetická měna bitcoin prochází jedním z nejhorších období v celé své historii. Její hodnota v noci na úterý klesla o další dva tisíce dolarů, tedy víc než 40 000 korun.',
    ],
    expect: [o('dva tisíce dolarů', 2000), o('40 000 korun', 40000, 'CZK')],
  },
];
