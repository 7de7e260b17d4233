import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.finanznachrichten.de/nachrichten-2017-12/42481714-kryptowaehrungen-mehr-als-500-mrd-dollar-wert-095.htm',
    lang: 'de',
    tags: ['format', 'label-value'],
    title: 'Kryptowährungen mehr als 500 Mrd Dollar wert',
    blocks: [
      'Frankfurt am Main - Die wachsende Beliebtheit von Bitcoin und anderen Digitalwährungen bläht den Gesamtmarkt kräftig auf. Laut Coinmarketcap.com wurde in der Nacht auf Mittwoch erstmals die Grenze von einer halben Billion US-Dollar überschritten – so viel sollen alle Kryptowährungen zusammen wert sein.',
      'In der Spitze lag die Marktkapitalisierung bei knapp 506 Milliarden Dollar. 56 Prozent davon (285 Milliarden Dollar) entfallen allein auf den Bitcoin. Mit großem Abstand folgt Ethereum mit 63 Milliarden Dollar. Zu Jahresbeginn waren alle Digitalwährungen zusammen gerade einmal 18 Milliarden Dollar wert.',
      { heading: "Bitcoin hält sich bei 17'000 Dollar", text: "Bitcoin hält sich bei 17'000 Dollar" },
    ],
    expect: [
      o('einer halben Billion US-Dollar', 0.5e12),
      o('506 Milliarden Dollar', 506e9),
      o('285 Milliarden Dollar', 285e9),
      o('63 Milliarden Dollar', 63e9),
      o('18 Milliarden Dollar', 18e9),
      p("17'000 Dollar", 17000),
    ],
  },
  {
    url: 'https://www.finanznachrichten.de/nachrichten-2024-04/61948019-krypto-miner-anstehendes-halving-belastet-203.htm',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Krypto-Miner: Anstehendes Halving belastet',
    blocks: [
      'Neben KI gehören Kryptowährungen zu den Top-Themen der letzten Wochen an den Börsen. Der Start der ersten Bitcoin-ETFs trieb den Kurs der Kryptowährung zeitweise über 70.000 US-Dollar . Davon profitierten zuletzt auch die Aktien von Cleanspark, Marathon Digital, MicroStrategy und Riot Platforms.',
      'Um seine Hashrate zu steigern, steckte CleanSpark Anfang des Jahres 193 Millionen US-Dollar in neue Bitcoin-Miner.',
      'Marathon Digital gehört zu den größten Bitcoin-Minern der Welt. „Im Schnitt kostet uns das Mining eines einzelnen Bitcoin etwa 20.000 US-Dollar“, sagte Konzernchef Fred Thiel kürzlich zu Bloomberg. Nach dem Halving steigen die Kosten damit auf rund 40.000 US-Dollar pro Bitcoin.',
    ],
    expect: [
      p('70.000 US-Dollar', 70000),
      o('193 Millionen US-Dollar', 193e6),
      c('20.000 US-Dollar', 20000),
      c('40.000 US-Dollar', 40000),
    ],
  },
];
