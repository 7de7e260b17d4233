import { o, p, type RealCase } from '../labels';

// Reuters item: the stolen total up top, the per-coin price only in the last sentence ("Eine digitale Münze kostete").
export const cases: RealCase[] = [
  {
    url: 'https://www.businessinsider.de/erneuter-hackerangriff-auf-eine-der-groessten-bitcoin-boersen-7464096?IR=T',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Erneuter Hackerangriff auf eine der größten Bitcoin-Börsen',
    blocks: [
      'Hongkong (Reuters) - Bei einem Hackangriff auf eine der weltgrößten Kryptowährungs-Börsen sind Bitcoin im Wert von 36 Millionen Euro erbeutet worden.',
      'In den vergangenen Jahren haben Hacker mehrfach Bitcoin und andere Kryptowährungen von Handelsplätzen erbeutet. Am bekanntesten ist die Attacke auf die damals weltgrößte Bitcoin-Börse Mt.Gox Anfang 2014. Etwa 25.000 Kunden verloren rund 650.000 Bitcoin.',
      'Der Bitcoin-Kurs blieb von dem Hackerangriff unberührt. Eine digitale Münze kostete an der Börse Bitstamp mit 5807 Dollar gut ein Prozent mehr.',
    ],
    expect: [o('36 Millionen Euro', 36e6, 'EUR'), p('5807 Dollar', 5807)],
  },
];
