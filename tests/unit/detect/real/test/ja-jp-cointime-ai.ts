import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jp.cointime.ai/flash-news/776842b6eb785d18b6766bfa0f6d9480-41824',
    lang: 'ja',
    tags: ['cost', 'prose'],
    title: 'JPモルガン：ビットコインの下落余地は限定的',
    blocks: [
      'JPモルガンのアナリストは、ビットコインが今の水準から下げる余地は「ごく限られる」とし、9万4000ドル前後を支持水準とみている。パニギルツォグル氏のチームは水曜のレポートで、底値の目安とされてきた推定生産コストが、直近の9万2000ドル前後から9万4000ドル前後へ上がったと指摘した。',
    ],
    expect: [p('9万4000ドル', 94000), c('9万2000ドル', 92000), c('9万4000ドル', 94000)],
  },
];
