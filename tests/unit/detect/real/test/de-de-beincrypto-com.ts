import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.beincrypto.com/bitcoin-kurs-stabilisiert-sich-und-konsolidiert-knapp-ueber-46-000-usd',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Kurs stabilisiert sich und konsolidiert knapp über 46.000 USD',
    blocks: [
      'Der Bitcoin (BTC) Preis befindet sich innerhalb des Unterstützungsbereichs eines kurzfristigen bullischen Musters.',
      'Seit Anfang Dezember pendelt der BTC Kurs zwischen 46.300 US-Dollar und 51.750 US-Dollar. Seit dem 30. Dezember hält sich der Kurs im unteren Teil dieser Spanne auf.',
      {
        text: 'Darüber hinaus lassen sich sowohl im MACD als auch im RSI bullische Divergenzen erkennen. Der nächstgelegene Widerstandsbereich ist bei 48.000 US-Dollar und wird durch den 0,382er Fib-Retracement-Widerstand gebildet.',
        heading: 'Bitcoin Kurs – Kurzfristiger Trend',
      },
      {
        text: 'Sollte es zu einer Aufwärtsbewegung kommen, liegen die nächstgelegenen Widerstandsmarken bei 52.300 US-Dollar und 58.700 US-Dollar.',
        heading: 'BTC Kurs – Langfristiger Trend',
      },
    ],
    expect: [
      p('46.300 US-Dollar', 46300),
      p('51.750 US-Dollar', 51750),
      p('48.000 US-Dollar', 48000),
      p('52.300 US-Dollar', 52300),
      p('58.700 US-Dollar', 58700),
    ],
  },
];
