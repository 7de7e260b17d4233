import { o, p, type RealCase } from '../labels';

const url =
  'https://cryptan.news/de/news/strategy-buys-7390-bitcoin-for-765-million-amid-corporate-treasury-boom-total-holdings-reach-576230-btc';
const title = 'Strategy kauft 7.390 Bitcoin für 765 Millionen $ – Gesamtbestand erreicht 576.230 BTC';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Das Bitcoin-Treasury-Unternehmen Strategy hat laut SEC-Unterlagen weitere 7.390 BTC für etwa 765 Millionen $ zu einem Durchschnittspreis von 103.498 $ pro Bitcoin gekauft. Damit hält Strategy insgesamt 576.230 BTC, was einem Wert von über 59 Milliarden $ entspricht.',
    ],
    expect: [o('765 Millionen $', 765e6), p('103.498 $', 103498), o('59 Milliarden $', 59e9)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Die Käufe wurden über den Verkauf von Stamm- und Vorzugsaktien finanziert. Bis 2027 will das Unternehmen über Aktienangebote und Wandelanleihen bis zu 84 Milliarden $ aufnehmen.',
      'Risiken bleiben: Im ersten Quartal meldete Strategy einen Nettoverlust von 4,2 Milliarden $, vor allem wegen nicht realisierter Verluste nach neuen Bilanzierungsregeln.',
    ],
    expect: [o('84 Milliarden $', 84e9), o('4,2 Milliarden $', 4.2e9)],
  },
];
