import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.krone.at/2117856',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Auf der Plattform Bitstamp kostete die Kryptowährung am Montagfrüh nur noch 4850 Dollar. Allein binnen 24 Stunden büßte der Bitcoin damit rund 6,5 Prozent ein, auf Wochensicht sind es über 38 Prozent. Seit dem Jahreshoch Mitte Februar bei rund 10.500 Dollar hat er mehr als die Hälfte seines Werts verloren. Schon am Freitag war der Kurs im Tief auf 3825 Dollar gefallen, den tiefsten Stand seit etwa einem Jahr. Bis Sonntagabend pendelte sich der Preis dann bei rund 5300 Dollar ein.',
    ],
    expect: [
      p('4850 Dollar', 4850),
      p('10.500 Dollar', 10500),
      p('3825 Dollar', 3825),
      p('5300 Dollar', 5300),
    ],
  },
  {
    url: 'http://www.krone.at/1616526',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Wie gewonnen, so zerronnen: Innerhalb von zwei Monaten verdoppelte sich der Bitcoin-Kurs zunächst auf 20.000 Dollar (rund 16000 Euro) – und fiel nun zurück auf die Marke von 10.000 Dollar (rund 8000 Euro). Am Mittwoch verbilligte sich die Cyber-Devise um sieben Prozent auf genau 10.000 Dollar.',
    ],
    expect: [
      p('20.000 Dollar', 20000),
      p('16000 Euro', 16000, 'EUR'),
      p('10.000 Dollar', 10000),
      p('8000 Euro', 8000, 'EUR'),
      p('10.000 Dollar', 10000),
    ],
  },
  {
    url: 'https://www.krone.at/2388606',
    lang: 'de',
    tags: ['prose'],
    blocks: [
      'Beobachter führten das neue Rekordhoch beim Bitcoin auf den Börsengang einer Kryptobörse zurück: Am Mittwoch soll in New York Coinbase an die Börse gehen, bei der Kryptowährungen gegen US-Dollar oder Euro getauscht werden. Am Markt wird darauf gewettet, dass der Börsenwert von Coinbase die Marke von 100 Milliarden US-Dollar überspringen könnte.',
    ],
    expect: [o('100 Milliarden US-Dollar', 100e9)],
  },
];
