import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cash.ch/news/boersenticker-ausland/bitcoin-faellt-wieder-unter-8000-us-dollar-1343801',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin fällt wieder unter 8000 US-Dollar',
    blocks: [
      'Bitcoin fällt wieder unter 8000 US-Dollar',
      'Am Dienstag hat die Digitalwährung Bitcoin spürbar nachgegeben. In der Nacht sackte der Kurs auf der Plattform Bitstamp binnen Minuten von etwa 8500 Dollar auf ein Tagestief bei 7732 Dollar ab. Bis zum späten Vormittag fing sich der Bitcoin-Kurs etwas und wurde bei 7922 Dollar gehandelt.',
    ],
    expect: [
      p('8000 US-Dollar', 8000),
      p('8500 Dollar', 8500),
      p('7732 Dollar', 7732),
      p('7922 Dollar', 7922),
    ],
  },
  {
    url: 'https://www.cash.ch/news/boersenticker-schweiz/bitcoin-setzt-talfahrt-fort-auf-tiefsten-stand-seit-drei-wochen-1721566',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin setzt Talfahrt fort – auf tiefstem Stand seit drei Wochen',
    blocks: [
      "Der Bitcoin rutscht weiter ab und steht so tief wie seit drei Wochen nicht mehr. Am Sonntag fiel die wichtigste Cyberdevise auf 43'800 Dollar. Schon am Freitag hatte sie um 10 Prozent auf rund 45'000 Dollar nachgegeben.",
      "Binnen weniger Tage hat die Kryptowährung damit kräftig an Wert eingebüsst. Vor einer Woche war sie noch auf das Rekordhoch von 58'354 Dollar gestiegen.",
    ],
    expect: [p("43'800 Dollar", 43800), p("45'000 Dollar", 45000), p("58'354 Dollar", 58354)],
  },
  {
    url: 'https://www.cash.ch/news/top-news/bitcoin-droht-wegen-kaskade-von-nachschussforderungen-absturz-auf-13000-dollar-545744',
    lang: 'de',
    tags: ['cost', 'format'],
    title: "Bitcoin droht wegen Kaskade von Nachschussforderungen Absturz auf 13'000 Dollar",
    blocks: [
      "Bitcoin droht wegen Kaskade von Nachschussforderungen Absturz auf 13'000 Dollar",
      'Wie tief Bitcoin sinken könne, hänge laut JPMorgan auch wesentlich von den Miningkosten ab – vor allem vom Strom, den die Rechnerfarmen verbrauchen. "Im Moment liegen die Produktionskosten bei 15\'000 Dollar", so die US-Bank.',
    ],
    expect: [p("13'000 Dollar", 13000), c("15'000 Dollar", 15000)],
  },
  {
    url: 'https://www.cash.ch/news/top-news/bitcoin-im-hohenflug-doch-wie-nachhaltig-ist-die-rallye-842973',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin im Höhenflug – doch wie nachhaltig ist die Rallye?',
    blocks: [
      'Kursrallye, Rekord oder Absturz: Schlagzeilen sind dem Bitcoin sicher. So auch am Montag, als die wertvollste Kryptowährung zeitweise ein neues Allzeithoch von 123’200 Dollar erreichte. Seit Jahresbeginn steht damit ein Plus von über 30 Prozent, auf zehn Jahre sogar von 42’000 Prozent.',
    ],
    expect: [p('123’200 Dollar', 123200)],
  },
  {
    url: 'https://www.cash.ch/news/boersenticker-ausland/bitcoin-steigt-auf-60-000-dollar-1838948',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin steigt auf 60 000 Dollar',
    blocks: [
      'Bitcoin steigt auf 60 000 Dollar',
      '(Ausführliche Fassung) - Ein Medienbericht über die mögliche Zulassung eines Indexfonds in den USA hat dem Bitcoin am Freitag kräftig Auftrieb gegeben. In der Spitze kostete die nach Marktwert grösste Kryptowährung 60 000 US-Dollar, so viel wie zuletzt im April. Das Rekordhoch von knapp 65 000 Dollar ist damit wieder in Reichweite.',
    ],
    expect: [p('60 000 Dollar', 60000), p('60 000 US-Dollar', 60000), p('65 000 Dollar', 65000)],
  },
];
