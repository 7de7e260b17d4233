import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.boerse-online.de/nachrichten/aktien/debuet-von-us-etf-hievt-bitcoin-auf-rekordhoch-von-ueber-66000-dollar-20306802.html',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Debüt von US-ETF hievt Bitcoin auf Rekordhoch von über 66.000 Dollar',
    blocks: [
      'Debüt von US-ETF hievt Bitcoin auf Rekordhoch von über 66.000 Dollar',
      'Die älteste und bekannteste Kryptowährung überstieg am Mittwoch die Schwelle von 66.000 Dollar, um anschließend etwas zurückzufallen. Damit summiert sich das Plus der vergangenen vier Wochen auf grob 50 Prozent.',
      'Am Dienstag hatte der ProShares Bitcoin Strategy ETF seinen ersten Handelstag an der Wall Street mit einem Plus von 2,5 Prozent bei 41,91 Dollar abgeschlossen. Der größte Teil des Volumens gehe bislang auf kurzfristig orientierte Investoren und Kleinanleger zurück, sagte Analyst Jeffrey Halley vom Brokerhaus Oanda.',
    ],
    expect: [p('66.000 Dollar', 66000), p('66.000 Dollar', 66000), o('41,91 Dollar', 41.91)],
  },
];
