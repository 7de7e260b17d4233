import { p, type RealCase } from '../labels';

const url = 'https://raiffeisen.ch/rch/de/wissen/anlegen/bitcoin-eine-spurensuche.html';
const title = 'Bitcoin & Co. – eine Spurensuche';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de-CH',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Kursentwicklung Bitcoin / US-Dollar',
      "Der Jahresstart war spektakulär: In den ersten acht Handelstagen schoss der Bitcoin um fast 44% nach oben und markierte am 8. Januar 2021 bei 41'044 US-Dollar ein vorläufiges Hoch. Fast ebenso rasch fiel die Kryptowährung danach auf knapp über 30'000 Dollar zurück. Aber nur kurz, denn am 13. März erreichte sie bei 61'742 USD-Dollar ein neues Allzeithoch.",
    ],
    expect: [p("41'044 US-Dollar", 41044), p("30'000 Dollar", 30000), p("61'742 USD-Dollar", 61742)],
  },
];
