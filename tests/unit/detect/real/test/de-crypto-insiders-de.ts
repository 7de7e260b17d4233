import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypto-insiders.de/nachrichten/bitcoin/bitcoin-mining-jetzt-sehr-teuer-miner-in-schwierigkeiten',
    lang: 'de',
    tags: ['cost', 'anaphora'],
    title: 'Bitcoin-Mining jetzt sehr teuer: Miner in Schwierigkeiten',
    blocks: [
      {
        heading: 'Miner machen Verlust, wenn Kurs unter Produktionskosten fällt',
        text: 'Laut der Analyseplattform Checkonchain liegen die durchschnittlichen Produktionskosten bei rund 87.000 Dollar für einen Bitcoin – eine Schätzung aller Kosten zusammen, also Strom und Ausrüstung.',
      },
      {
        heading: 'Miner machen Verlust, wenn Kurs unter Produktionskosten fällt',
        text: 'Beim aktuellen Kurs von rund 66.000 notiert Bitcoin etwa 24 Prozent darunter. Beim Dip gestern Abend auf 60.000 waren es sogar rund 31 Prozent.',
      },
      {
        heading: 'Miner machen Verlust, wenn Kurs unter Produktionskosten fällt',
        text: 'Zudem verfallen heute noch Optionen im Wert von etwa 1,86 Milliarden Euro, was den Kurs zusätzlich belasten kann.',
      },
    ],
    expect: [c('87.000 Dollar', 87000), o('1,86 Milliarden Euro', 1.86e9, 'EUR')],
  },
  {
    url: 'https://www.crypto-insiders.de/nachrichten/bitcoin/warum-bitcoin-eigentlich-noch-kein-neues-allzeithoch-erreicht-hat',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Warum Bitcoin eigentlich noch kein neues Allzeithoch erreicht hat',
    blocks: [
      'Gestern war ein historischer Tag für Bitcoin (BTC): Erstmals wurden mehr als 112.000 US-Dollar für die Kryptowährung bezahlt. Gefeiert haben aber vor allem Anleger, die in US-Dollar rechnen – in Europa sieht es anders aus.',
      {
        heading: 'Bitcoin-Preis in Euro bleibt unter dem Rekord',
        text: 'Das vorige Dollar-Rekordhoch fiel auf den 22. Mai, als Bitcoin auf 112.000 USD stieg – gut 2 Prozent über dem früheren Hoch von 109.400 USD vom 20. Januar.',
      },
      {
        heading: 'Bitcoin-Preis in Euro bleibt unter dem Rekord',
        text: 'In Euro lag das Hoch vor sieben Wochen dagegen bei 99.300 Euro, rund 6 Prozent unter dem Allzeithoch von 106.000 Euro. Auch gestern reichte es nur für 95.555 Euro. Zum Zeitpunkt des Schreibens steht der Kurs bei Bitpanda bei 94.534 Euro.',
      },
      {
        heading: 'Schwächster Dollar seit über 50 Jahren',
        text: 'Der Grund: Der US-Dollar hat massiv an Wert verloren. Zu Jahresbeginn bekam man für einen Dollar fast 0,98 Euro, heute sind es nur noch etwa 0,85 Euro.',
      },
    ],
    expect: [
      p('112.000 US-Dollar', 112000),
      p('112.000 USD', 112000),
      p('109.400 USD', 109400),
      p('99.300 Euro', 99300, 'EUR'),
      p('106.000 Euro', 106000, 'EUR'),
      p('95.555 Euro', 95555, 'EUR'),
      p('94.534 Euro', 94534, 'EUR'),
      o('0,98 Euro', 0.98, 'EUR'),
      o('0,85 Euro', 0.85, 'EUR'),
    ],
  },
];
