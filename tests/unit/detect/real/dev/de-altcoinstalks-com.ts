import { p, type RealCase } from '../labels';

// German board post on a crypto forum: Bitcoin named once, then "die digitale Währung", "die Kryptowährung".
export const cases: RealCase[] = [
  {
    url: 'https://www.altcoinstalks.com/index.php?topic=62185.0',
    lang: 'de',
    tags: ['forum', 'anaphora'],
    blocks: [
      'Fast ein Jahr nach dem Bitcoin-Hype ist die bekannteste Krypto-Währung, neben Ethereum, Ripple und Dash, drastisch gefallen. Im September 2017 kostete die digitale Währung 3000 Dollar und stieg dann rasant an. Im Dezember hatte sie ihren Höchststand erreicht und war plötzlich 20.000 Dollar wert. Dann stürzte der Kurs plötzlich ab. Nun liegt die Kryptowährung nur noch bei 6200 Dollar. Was also treibt Krypto-Gläubige an, weiter festzuhalten?',
    ],
    expect: [p('3000 Dollar', 3000), p('20.000 Dollar', 20000), p('6200 Dollar', 6200)],
  },
];
