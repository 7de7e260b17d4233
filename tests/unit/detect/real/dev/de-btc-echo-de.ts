import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btc-echo.de/news/bitcoin-so-viel-kosten-das-mining-eines-btc-152014/',
    lang: 'de',
    tags: ['cost', 'prose'],
    title: 'Bitcoin: So viel kostet das Mining eines BTC',
    blocks: [
      'Was kostet es, einen Bitcoin herzustellen?',
      'Ein großer Teil der weltweiten Bitcoin-Produktion sitzt in den USA, wie die Hashrate zeigt. Besonders in den Südstaaten wie Texas wird nach dem „digitalen Gold“ gegraben, denn reichlich Erdgas macht den Strom dort billig. Einen Bitcoin zu schürfen kostet in Texas 16.648 US-Dollar – rund ein Viertel weniger als in Deutschland und damit selbst beim derzeit eher niedrigen BTC-Kurs lohnend.',
    ],
    expect: [c('16.648 US-Dollar', 16648)],
  },
  {
    url: 'https://www.btc-echo.de/news/so-knapp-sind-die-margen-beim-bitcoin-mining-162263/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'So knapp sind die Margen beim Bitcoin-Mining',
    blocks: [
      {
        heading: 'Welche Faktoren spielen eine Rolle?',
        text: 'Ob sich Mining lohnt, hängt von einigen Parametern ab. Zuerst vom Bitcoin-Kurs: Die Miner werden in BTC entlohnt, der Kurs bestimmt also gewissermaßen ihr Gehalt pro Block. Während dieser Artikel entsteht, liegt der Bitcoin-Kurs bei etwa 28.000 US-Dollar. Ein gefundener Block bringt damit gerade rund 175.000 US-Dollar ein, Transaktionsgebühren nicht eingerechnet.',
      },
      {
        heading: 'Welche Faktoren spielen eine Rolle?',
        text: 'Auf der Ausgabenseite zählt vor allem der Strompreis, der weltweit stark schwankt. In Deutschland bezahlt ein Haushalt derzeit etwa 42 Cent pro Kilowattstunde (Industriekunden zahlen weniger).',
      },
    ],
    expect: [p('28.000 US-Dollar', 28000), o('175.000 US-Dollar', 175000), o('42 Cent', 0.42, 'EUR')],
  },
  {
    url: 'https://www.btc-echo.de/news/bitcoin-btc-droht-eine-erneute-kurs-korrektur-163604/',
    lang: 'de',
    tags: ['prose', 'label-value', 'format'],
    title: 'Bitcoin (BTC): Droht eine erneute Kurs-Korrektur?',
    blocks: [
      'Die Krypto-Leitwährung Bitcoin (BTC) beißt sich derzeit an der 30.000 US-Dollar Marke die Zähne aus. Am Wochenende prallte der BTC-Kurs erneut an diesem psychologischen Widerstand ab und rutschte zum Wochenstart bis in die Unterstützungszone zwischen 27.995 US-Dollar und 27.679 US-Dollar. Solange der Kurs per Tagesschluss über dem letzten Verlaufstief um 27.000 US-Dollar bleibt, können die Käufer jederzeit einen neuen Anlauf nehmen.',
      {
        heading: 'Bitcoin: Bullishe Kursziele für die kommenden Handelswochen',
        text: 'Bullishe Kursziele: 28.596 USD, 29.232 US-Dollar, 29.968 USD, 30.385/30.624 USD, 31.061 USD',
      },
    ],
    expect: [
      p('30.000 US-Dollar', 30000),
      p('27.995 US-Dollar', 27995),
      p('27.679 US-Dollar', 27679),
      p('27.000 US-Dollar', 27000),
      p('28.596 USD', 28596),
      p('29.232 US-Dollar', 29232),
      p('29.968 USD', 29968),
      p('30.385', 30385),
      p('30.624 USD', 30624),
      p('31.061 USD', 31061),
    ],
  },
  {
    url: 'https://www.btc-echo.de/news/bitcoin-hat-der-btc-kurs-seinen-boden-gefunden-165221/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin: Hat der BTC-Kurs seinen Boden gefunden?',
    blocks: [
      'Die Bitcoin-Bullen waren wieder rechtzeitig da und hoben den BTC-Kurs zu Wochenbeginn an die Trendkanaloberkante bei 28.473 US-Dollar. Auch der Retest des Ausbruchsniveaus bei 27.560 US-Dollar verlief wie aus dem Lehrbuch. Mit 27,709 US-Dollar notiert Bitcoin in Schlagdistanz zum Wochenhoch. Solange der Kurs nicht unter 27.238 US-Dollar fällt, bleibt ein Angriff auf den Kreuzwiderstand bei 28.596 US-Dollar möglich.',
    ],
    expect: [
      p('28.473 US-Dollar', 28473),
      p('27.560 US-Dollar', 27560),
      p('27,709 US-Dollar', 27709),
      p('27.238 US-Dollar', 27238),
      p('28.596 US-Dollar', 28596),
    ],
  },
  {
    url: 'https://www.btc-echo.de/news/bitcoin-btc-kann-die-30-000-us-dollar-marke-verteidigt-werden-162987/',
    lang: 'de',
    tags: ['prose', 'change'],
    title: 'Bitcoin (BTC): Kann die 30.000 US-Dollar Marke verteidigt werden?',
    blocks: [
      'Der Abverkauf der letzten Handelsstunden von knapp über 30.000 US-Dollar zurück auf 29.000 US-Dollar löste laut Coinglass Liquidationen gehebelter Long-Positionen von rund 30 Millionen US-Dollar aus. Am übergeordnet bullishen Chartbild ändert das bislang nichts.',
    ],
    expect: [p('30.000 US-Dollar', 30000), p('29.000 US-Dollar', 29000), o('30 Millionen US-Dollar', 30e6)],
  },
  {
    url: 'https://www.btc-echo.de/schlagzeilen/bitcoin-marktkapitalisierung-btc-knackt-1-000-000-000-000-billion-usd-marke-112402/',
    lang: 'de',
    tags: ['format'],
    title: 'Bitcoin-Marktkapitalisierung: BTC knackt 1.000.000.000.000-Billion-USD-Marke',
    blocks: [
      'Zum Vergleich: Mit einer Marktkapitalisierung von einer Billion US-Dollar ist BTC mehr wert als Facebook (754 Milliarden USD), Tesla (757 Milliarden USD) und Alibaba (719 Milliarden USD).',
    ],
    expect: [
      o('einer Billion US-Dollar', 1e12),
      o('754 Milliarden USD', 754e9),
      o('757 Milliarden USD', 757e9),
      o('719 Milliarden USD', 719e9),
    ],
  },
  {
    url: 'https://www.btc-echo.de/schlagzeilen/90-000-btc-microstrategy-kauft-bitcoin-fuer-eine-milliarde-us-dollar-112879/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: '90.000 BTC: MicroStrategy kauft Bitcoin für eine Milliarde US-Dollar',
    blocks: [
      {
        heading: 'MicroStrategy und der Heißhunger nach Bitcoin',
        text: 'Billig war der Einkauf nicht: MicroStrategy zahlte insgesamt rund 1,026 Milliarden US-Dollar in bar. Im Durchschnitt kostete ein Bitcoin dabei 52.765 US-Dollar, Gebühren eingeschlossen.',
      },
      {
        heading: 'MicroStrategy und der Heißhunger nach Bitcoin',
        text: 'Der Bestand wächst damit auf 90.531 BTC, für die das Unternehmen insgesamt knapp 2,171 Milliarden US-Dollar ausgegeben hat. Pro Coin waren das im Schnitt 23.985 US-Dollar – das Investment hat sich also mehr als verdoppelt.',
      },
    ],
    expect: [
      o('1,026 Milliarden US-Dollar', 1.026e9),
      p('52.765 US-Dollar', 52765),
      o('2,171 Milliarden US-Dollar', 2.171e9),
      p('23.985 US-Dollar', 23985),
    ],
  },
];
