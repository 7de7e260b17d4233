import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cvj.ch/wissen/basiswissen/was-ist-bitcoin-der-ultimative-einsteiger-guide-2026/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Was ist Bitcoin? Der ultimative Einsteiger-Guide 2026',
    blocks: [
      "Während Bitcoin (BTC) seit über einem Jahr um 100'000 US-Dollar pendelt, beschäftigen sich auch im deutschsprachigen Raum immer mehr Anleger mit der digitalen Währung.",
    ],
    expect: [p("100'000 US-Dollar", 100000)],
  },
];
