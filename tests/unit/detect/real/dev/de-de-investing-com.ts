import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.investing.com/news/cryptocurrency-news/keine-panik-auf-der-titanic--bitcoin-crasht-auf-52000-experten-geben-entwarnung-2126415',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Keine Panik auf der Titanic – Bitcoin crasht auf 52.000, Experten geben Entwarnung',
    blocks: [
      'Bitcoin (BTC) ist am heutigen 18. April plötzlich auf ein vorübergehendes Tief von 52.000 US-Dollar gecrasht – eine Mahnung an Krypto-Anleger, wie fragil die Kursentwicklung selbst in starken Phasen bleibt.',
      {
        heading: 'Stromausfall und Gerücht sorgen für Crash',
        text: 'Wie Daten von Cointelegraph Markets Pro und TradingView zeigen, war der Sonntagmorgen für Fans der marktführenden Kryptowährung wenig erfreulich: Binnen weniger Minuten brach ihr Kurs von 59.000 US-Dollar auf nur noch 52.000 US-Dollar ein.',
      },
      {
        heading: 'Stromausfall und Gerücht sorgen für Crash',
        text: 'Nachdem BTC/USD am Wochenende bereits unter den Support von 60.000 US-Dollar abgerutscht war, blieb der Kurs zunächst stabil, ehe es heute schlagartig nach unten ging – in den letzten 24 Stunden wurden so Long-Positionen im Wert von knapp 10 Mrd. US-Dollar liquidiert.',
      },
    ],
    expect: [
      p('52.000 US-Dollar', 52000),
      p('59.000 US-Dollar', 59000),
      p('52.000 US-Dollar', 52000),
      p('60.000 US-Dollar', 60000),
      o('10 Mrd. US-Dollar', 10e9),
    ],
  },
];
