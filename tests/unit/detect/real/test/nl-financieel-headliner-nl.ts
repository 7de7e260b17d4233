import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financieel.headliner.nl/item/bitcoin-stier-halveert-prognose-terwijl-koude-bries-waait-iex-120082',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: "Bitcoin-stier halveert prognose terwijl 'koude bries' waait",
    blocks: [
      "Bitcoin-stier halveert prognose terwijl 'koude bries' waait",
      'woensdag, 10 december 2025 (13:17) - IEX.nl',
      'Standard Chartered heeft zijn optimistische prognoses voor bitcoin fors naar beneden bijgesteld. Geoff Kendrick, het wereldwijde hoofd research digitale activa bij de bank, verwacht nu dat bitcoin tegen eind 2025 rond de $100.000 noteert en tegen eind 2026 ongeveer $150.000 — beide schattingen de helft van wat hij eerder voorzag.',
      'Volgens Kendrick verschuift de verwachte vraag naar bitcoin: toekomstige aankopen zullen vooral van ETF’s komen. Hoewel hij nog steeds een koers van $500.000 ziet als mogelijk, verwacht hij dat dat doel nu pas rond 2030 haalbaar is.',
    ],
    expect: [p('$100.000', 100000), p('$150.000', 150000), p('$500.000', 500000)],
  },
];
