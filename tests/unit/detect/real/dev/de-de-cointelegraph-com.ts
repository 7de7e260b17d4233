import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.cointelegraph.com/news/experts-divided-on-btc-predictions-bullish-or-super-bullish',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Experten uneins bei BTC-Prognosen: Bullish oder super-bullish?',
    blocks: [
      'Während Bullen und Bären darum ringen, ob sich Bitcoin oberhalb der Marke von 50.000 US-Dollar halten kann, sind sich mehrere Experten einig, dass es für die marktführende Kryptowährung in diesem Rekordlauf noch deutlich weiter nach oben geht.',
      'Mike McGlone, leitender Analyst von Bloomberg Intelligence, folgert aus der historischen Kursentwicklung, dass der Krypto-Marktführer bald auf 100.000 US-Dollar klettern könnte.',
      'McGlone stützt sich auf das sogenannte „GBTC-Premium“. Als der Wert zuletzt im März 2020 im Minus lag, folgte der aktuelle Rekordlauf von 3.600 bis auf 58.300 US-Dollar, was nun ein gutes Omen sein könnte.',
    ],
    expect: [
      p('50.000 US-Dollar', 50000),
      p('100.000 US-Dollar', 100000),
      p('3.600', 3600),
      p('58.300 US-Dollar', 58300),
    ],
  },
];
