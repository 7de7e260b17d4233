import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finanssans.no/artikler/er-det-lonnsomt-a-utvinne-bitcoin',
    lang: 'no',
    tags: ['label-value', 'format'],
    title: 'Er det lønnsomt å utvinne Bitcoin?',
    blocks: [
      'Belønningen for å utvinne en ny blokk er 12,5 BTC, pluss inntekter fra transaksjonsgebyrer på cirka 0,19 BTC. Totalt: 12,69 BTC.',
      'I skrivende stund er 1 BTC verdt cirka 3.500 USD.',
      'Slushpool tar 2 % av belønningen.',
      'Det gir oss 1.115 kr i månedlige inntekter, ifølge Mr Crypto Buddys mining-kalkulator.',
    ],
    expect: [p('3.500 USD', 3500), o('1.115 kr', 1115, 'NOK')],
  },
];
