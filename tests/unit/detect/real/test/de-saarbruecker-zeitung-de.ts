import { o, p, type RealCase } from '../labels';

// Two agency items on exchange hacks: stolen totals in euros, a before/after price per coin.
export const cases: RealCase[] = [
  {
    url: 'https://www.saarbruecker-zeitung.de/sz-spezial/internet/hacker-erbeuten-bitcoin-betraege-in-millionenhoehe_aid-1733655',
    lang: 'de',
    tags: ['prose'],
    title: 'Hacker erbeuten Bitcoin-Beträge in Millionenhöhe',
    blocks: [
      'Hacker erbeuten Bitcoin-Beträge in Millionenhöhe',
      'Hongkong. Bei einer Hacker-Attacke gegen die Tauschplattform Bitfinex aus Hongkong seien Beträge der Internet-Währung Bitcoin von Nutzerkonten gestohlen worden, erklärte Bitfinex. Nach einem BBC-Bericht sind vermutlich Bitcoins im Gegenwert von 58 Millionen Euro entwendet worden. Der Bitcoin-Kurs stürzte im Vergleich zum Vorwochenwert von rund 590 Euro auf 482 Euro pro Bitcoin . Nach dem Vorfall wurden sämtliche Transaktionen bei Bitfinex gestoppt.',
    ],
    expect: [
      o('58 Millionen Euro', 58e6, 'EUR'),
      p('590 Euro', 590, 'EUR'),
      p('482 Euro pro Bitcoin', 482, 'EUR'),
    ],
  },
  {
    url: 'https://www.saarbruecker-zeitung.de/sz-spezial/internet/hacker-stehlen-bitcoins-fuer-36-millionen-euro_aid-38660597',
    lang: 'de',
    tags: ['prose'],
    title: 'Hacker stehlen Bitcoins für 36 Millionen Euro',
    blocks: [
      'Hacker stehlen Bitcoins für 36 Millionen Euro',
      'Unbekannte Hacker haben Bitcoins im Wert von 36 Millionen Euro von Binance, einer globalen Kryptowährungsbörse mit Sitz in Hongkong, gestohlen. Die Eindringlinge haben laut Binance 7000 Bitcoins abgehoben.',
      'Im vergangenen Jahr haben Hacker weltweit Kryptowährungen im Wert von umgerechnet 850 Millionen Euro gestohlen, ermittelte die US-Sicherheitsfirma Ciphertrace.',
    ],
    expect: [
      o('36 Millionen Euro', 36e6, 'EUR'),
      o('36 Millionen Euro', 36e6, 'EUR'),
      o('850 Millionen Euro', 850e6, 'EUR'),
    ],
  },
];
