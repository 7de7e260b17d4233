import { btc, type CorpusCase, cost, other } from './types';

// German-language business and crypto press (Handelsblatt, FAZ, finanzen.net, BTC-Echo style).
export const de: CorpusCase[] = [
  {
    name: 'handelsblatt-style: kurs steigt auf',
    text: 'Der Bitcoin-Kurs stieg am Montag um 4 Prozent auf 67.450 Dollar. Ether legte auf 3.510 Dollar zu.',
    locale: 'de',
    expect: [btc('67.450 Dollar'), other('3.510 Dollar')],
  },
  {
    name: 'finanzen.net-style: notiert bei, marktkapitalisierung',
    text: 'Bitcoin notiert bei 62.310 Euro, die Marktkapitalisierung liegt bei rund 1,2 Billionen Euro.',
    locale: 'de',
    expect: [btc('62.310 Euro'), other('1,2 Billionen Euro')],
  },
  {
    name: 'faz-style: etf zuflüsse',
    text: 'Die Bitcoin-ETFs verzeichneten Zuflüsse von 1,1 Mrd. Dollar, während die Kryptowährung zeitweise über 70.000 Dollar stieg.',
    locale: 'de',
    expect: [other('1,1 Mrd. Dollar'), btc('70.000 Dollar')],
  },
  {
    name: 'spiegel-style: verlor dann fiel auf',
    text: 'Innerhalb eines Tages verlor der Bitcoin rund 5.000 Dollar und fiel auf 58.200 Dollar.',
    locale: 'de',
    expect: [other('5.000 Dollar'), btc('58.200 Dollar')],
  },
  {
    name: 'btc-echo-style: herstellungskosten',
    text: 'Die Herstellungskosten pro Bitcoin liegen laut JPMorgan derzeit bei etwa 45.000 US-Dollar, deutlich unter dem aktuellen Kurs von 64.000 US-Dollar.',
    locale: 'de',
    expect: [cost('45.000 US-Dollar'), btc('64.000 US-Dollar')],
  },
  {
    name: 'nzz-style: franken',
    text: 'In der Schweiz kostet ein Bitcoin aktuell CHF 59’800, so viel wie nie zuvor.',
    locale: 'de-CH',
    expect: [btc('CHF 59’800')],
  },
  {
    name: 'boerse.de-style: gold je feinunze',
    text: 'Gold verteuerte sich auf 2.350 Dollar je Feinunze, Bitcoin auf 68.900 Dollar.',
    locale: 'de',
    expect: [other('2.350 Dollar'), btc('68.900 Dollar')],
  },
  {
    name: 'handelsblatt-style: microstrategy mio. dollar',
    text: 'MicroStrategy kaufte weitere 11.931 Bitcoin für 786 Mio. Dollar, im Schnitt zahlte das Unternehmen 65.883 Dollar pro Bitcoin.',
    locale: 'de',
    expect: [other('786 Mio. Dollar'), btc('65.883 Dollar')],
  },
  {
    name: 'wiwo-style: kursziel and coinbase aktie',
    text: 'Das Kursziel von Standard Chartered: 150.000 Dollar bis Jahresende. Die Aktie von Coinbase schloss bei 225,40 Dollar.',
    context: 'Bitcoin: Analysten erwarten neue Rekorde',
    locale: 'de',
    expect: [btc('150.000 Dollar'), other('225,40 Dollar')],
  },
  {
    name: 'n-tv-style: spanne zwischen',
    text: 'Bitcoin pendelt zwischen 60.000 und 65.000 Dollar, die Spanne hält seit Wochen.',
    locale: 'de',
    expect: [btc('60.000'), btc('65.000 Dollar')],
  },
  {
    name: 'finanzen.net-style: ethereum und solana in euro',
    text: 'Ethereum fiel um 3 Prozent auf 3.050 Euro, Solana auf 135 Euro.',
    locale: 'de',
    expect: [other('3.050 Euro'), other('135 Euro')],
  },
  {
    name: 'bitcoinforum.de-style: k-euro',
    text: 'Hab bei 31k € gekauft, jetzt steht BTC bei 62k €.',
    locale: 'de',
    expect: [btc('31k €'), btc('62k €')],
  },
  {
    name: 'boerse-online-style: tsd. dollar',
    text: 'Der Bitcoin-Preis fiel zeitweise auf 55 Tsd. Dollar, bevor Käufer zurückkehrten.',
    locale: 'de',
    expect: [btc('55 Tsd. Dollar')],
  },
  {
    name: 'manager-magazin-style: miner umsatz',
    text: 'Der Miner erzielte einen Umsatz von 156 Mio. Dollar; die Förderkosten je Bitcoin lagen bei 38.000 Dollar.',
    context: 'Bitcoin-Miner unter Druck',
    locale: 'de',
    expect: [other('156 Mio. Dollar'), cost('38.000 Dollar')],
  },
  {
    name: 'tagesschau-style: euro-preis mit rekord',
    text: 'Ein Bitcoin kostete am Abend 66.120 Euro und damit mehr als je zuvor. Vor einem Jahr waren es noch 24.000 Euro.',
    locale: 'de',
    expect: [btc('66.120 Euro'), btc('24.000 Euro')],
  },
];
