import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://t3n.de/news/bitcoin-kurs-altcoins-minus-1373130/',
    lang: 'de',
    tags: ['change', 'prose', 'format'],
    title: 'Über 10.000 Dollar Minus: Bitcoin-Kurs bricht ein und reißt Altcoins mit nach unten',
    blocks: [
      'Über 10.000 Dollar Minus: Bitcoin-Kurs bricht ein und reißt Altcoins mit nach unten',
      'Der Börsengang der Kryptobörse Coinbase hatte vergangene Woche für eine regelrechte Kryptoparty gesorgt. Mehrere große Digitalwährungen wie Bitcoin (BTC), Ethereum (Ether) oder Ripple (XRP) markierten neue Allzeithochs. Am Wochenende brachen die Kurse dann aber massiv ein.',
      'Bitcoin-Kurs bricht um 15 Prozent ein',
      'Starke Schwankungen sind bei den als volatil geltenden Kryptowährungen nichts Ungewöhnliches. In der Nacht von Samstag auf Sonntag war es wieder einmal so weit: Der Bitcoin-Kurs brach binnen weniger Stunden um rund 15 Prozent ein. Laut Coinmarketcap ging es beim Bitcoin von rund 61.500 Dollar auf unter 53.000 Dollar abwärts. Ähnlich sah es bei Ethereum/Ether aus, wo der Kurs von gut 2.400 auf rund 2.000 Dollar fiel. Binance-Coin und Ripple/XRP gaben ebenfalls kräftig nach.',
      'Unter den wichtigsten Kryptowährungen gab es fast durchweg zweistellige Verluste. Einzige Ausnahme war die Spaßwährung Dogecoin, die entgegen dem Abwärtstrend binnen 24 Stunden um rund 17 Prozent auf 0,31 Dollar zulegen konnte.',
      'Kryptomarkt: 300 Milliarden Dollar verbrannt',
      'Insgesamt wurden in den vergangenen Stunden am Kryptomarkt rund 300 Milliarden Dollar verbrannt. Aktuell beläuft sich die Marktkapitalisierung laut Coinmarketcap auf rund zwei Billionen Dollar. Im Laufe des Sonntags erholten sich die Kurse zunächst leicht. Der Bitcoin etwa ist aktuell schon wieder über 55.000 Dollar wert.',
    ],
    expect: [
      o('10.000 Dollar', 10000),
      p('61.500 Dollar', 61500),
      p('53.000 Dollar', 53000),
      o('2.400', 2400),
      o('2.000 Dollar', 2000),
      o('0,31 Dollar', 0.31),
      o('300 Milliarden Dollar', 300000000000),
      o('300 Milliarden Dollar', 300000000000),
      o('zwei Billionen Dollar', 2000000000000),
      p('55.000 Dollar', 55000),
    ],
  },
];
