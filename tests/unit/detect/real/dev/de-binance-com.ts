import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.com/de/square/post/997662',
    lang: 'de',
    tags: ['cost', 'format'],
    blocks: [
      'Wie Cointelegraph unter Berufung auf einen CoinGecko-Bericht meldet, unterscheiden sich die Stromrechnungen von Haushalten, die Bitcoin schürfen, weltweit enorm. In Italien kostet die Herstellung eines Bitcoins 208.500 US-Dollar, im Libanon etwa ein 783stel davon.',
      'Italien ist das teuerste Land für privates Mining: Die Kosten pro Bitcoin liegen bei 208.560,33 US-Dollar, dahinter folgen Österreich mit 184.352,44 US-Dollar und Belgien mit 172.381,50 US-Dollar. Im Libanon zahlt ein einzelner Miner dagegen nur 266,02 US-Dollar Strom, um einen Bitcoin zu erzeugen.',
    ],
    expect: [
      c('208.500 US-Dollar', 208500),
      c('208.560,33 US-Dollar', 208560.33),
      c('184.352,44 US-Dollar', 184352.44),
      c('172.381,50 US-Dollar', 172381.5),
      c('266,02 US-Dollar', 266.02),
    ],
  },
  {
    url: 'https://binance.com/de/square/post/2024-04-08-bitcoin-needs-to-breach-80k-mark-to-keep-mining-profitable-after-halving-6495809294010',
    lang: 'de',
    tags: ['cost', 'prose'],
    blocks: [
      'Laut Cointelegraph braucht Bitcoin (BTC) nach dem kommenden Halving einen Preis von über 80.000 USD, damit sich das Mining weiter lohnt. CryptoQuant-CEO Ki Young Ju zufolge verdoppeln sich die Mining-Kosten mit Antminer S19 XPs mit dem Halving Mitte April von 40.000 USD auf 80.000 USD.',
      'Nach dem Halving im Mai 2020 war die Schwelle, ab der sich Mining noch rechnete, auf über 30.000 USD gestiegen. Bestätigt wurde das durch den BTC-Preis, der im selben Zyklus ein Allzeithoch von 69.000 USD erreichte.',
      {
        heading: 'Durchschnittliche Kosten für das Bitcoin-Mining. Quelle: MacroMicro',
        text: 'Mit dem Halving am 20. April dürften die durchschnittlichen Mining-Kosten 80.000 USD übersteigen. Damit Mining profitabel bleibt, muss der BTC-Preis darüber liegen.',
      },
    ],
    expect: [
      c('80.000 USD', 80000),
      c('40.000 USD', 40000),
      c('80.000 USD', 80000),
      c('30.000 USD', 30000),
      p('69.000 USD', 69000),
      c('80.000 USD', 80000),
    ],
  },
  {
    url: 'https://www.binance.com/de/square/post/2024-03-28-blackrock-ceo-expresses-surprise-at-bitcoin-etf-performance-and-optimism-for-long-term-viability-5989364014089',
    lang: 'de',
    tags: ['format'],
    blocks: [
      'Laut Farside Investors startete IBIT in den ersten Handelstagen stark und zog in den ersten 11 Wochen insgesamt 13,5 Milliarden US-Dollar an Zuflüssen an, mit einem Tageshoch von 849 Millionen US-Dollar am 12. März. Im Schnitt flossen IBIT pro Tag etwas mehr als 260 Millionen US-Dollar zu.',
    ],
    expect: [
      o('13,5 Milliarden US-Dollar', 13.5e9),
      o('849 Millionen US-Dollar', 849e6),
      o('260 Millionen US-Dollar', 260e6),
    ],
  },
];
