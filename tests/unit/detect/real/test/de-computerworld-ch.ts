import { p, type RealCase } from '../labels';

// Swiss IT news site (2017): Swiss-style apostrophe thousands separators ("10'000 Dollar",
// "10'069,12 Dollar") for the first crossing of the mark; "the price" carries two of them.
export const cases: RealCase[] = [
  {
    url: 'http://www.computerworld.ch/news/it-branche/artikel/bitcoin-knackt-10000-dollar-marke-auch-auf-krypto-boerse-bitstamp-73538/?utm_source%3DRSS%26utm_medium%3DFeedreader%26utm_campaign%3DRSSFeed',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin knackt 10000-Dollar-Marke auch auf Krypto-Börse Bitstamp',
    blocks: [
      "Die Internetwährung Bitcoin hat am Mittwoch an der führenden Krypto-Börse Bitstamp zum ersten Mal die Marke von 10'000 Dollar geknackt. Der Kurs kletterte auf 10'069,12 Dollar.",
      "An mehreren kleineren Handelsplätzen hatte die Digitalwährung die Marke von 10'000 Dollar zuvor bereits übersprungen. Der Preis hat sich seit Jahresbeginn verzehnfacht.",
    ],
    expect: [p("10'000 Dollar", 10000), p("10'069,12 Dollar", 10069.12), p("10'000 Dollar", 10000)],
  },
];
