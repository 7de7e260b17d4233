import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://phemex.com/de/news/article/wall-street-adjusts-bitcoin-forecasts-after-boj-rate-hike-47042',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Wall Street passt Bitcoin-Prognosen nach BoJ-Zinserhöhung an',
    blocks: [
      'Der Bitcoin-Preis gab nach dem Erreichen von 88.000 US-Dollar leicht nach, beeinflusst von der jüngsten Zinserhöhung der Bank of Japan. Wall-Street-Analysten haben daraufhin ihre Prognosen angepasst. Cathie Wood hat ihr Ziel für 2030 auf 1,2 Millionen US-Dollar revidiert, während Standard Chartered und Citi ihre langfristigen Prognosen ebenfalls gesenkt haben.',
    ],
    expect: [p('88.000 US-Dollar', 88000), p('1,2 Millionen US-Dollar', 1.2e6)],
  },
  {
    url: 'https://phemex.com/de/news/article/bitcoin-elliott-wave-analysis-predicts-130k160k-target-25912',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Elliott-Wellen-Analyse sagt Kursziel von 130K–160K voraus',
    blocks: [
      'Der erfahrene Händler Matthew Dixon sieht auf Basis der Elliott-Wellen-Analyse ein bullisches Kursziel für Bitcoin zwischen 130.000 und 160.000 US-Dollar. Dixon ordnet die aktuelle Phase als Welle (V) ein. Sie begann beim Tiefstand im März 2020 von etwa 3.800 US-Dollar, mit bedeutenden Unterwellen, darunter ein Höchststand von 69.000 US-Dollar im November 2021 und eine Korrektur auf rund 15.000 US-Dollar Ende 2022.',
    ],
    expect: [
      p('130.000', 130000),
      p('160.000 US-Dollar', 160000),
      p('3.800 US-Dollar', 3800),
      p('69.000 US-Dollar', 69000),
      p('15.000 US-Dollar', 15000),
    ],
  },
];
