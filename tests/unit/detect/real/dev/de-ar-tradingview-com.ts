import { p, type RealCase } from '../labels';

// TradingView idea in German: Fibonacci levels as "label (~value USD): note" list items, a
// "100.000er-Marke", a range with the code on its second end.
export const cases: RealCase[] = [
  {
    url: 'https://ar.tradingview.com/chart/BTCUSD/jsWexQUh',
    lang: 'de',
    tags: ['forum', 'label-value', 'format', 'anaphora'],
    title: 'BTCUSD',
    blocks: [
      'Der Kurs von BTC/USD ist nach einer impulsiven Aufwärtsbewegung (im Chart als Welle 5 markiert) in eine Korrekturphase übergegangen. Die eingezeichneten Fibonacci-Levels und Volumenzonen (VAH = Value Area High) geben Hinweise auf mögliche Unterstützungs- und Widerstandsbereiche.',
      { text: '2. Heatmap und Volumenzonen', heading: '2. Heatmap und Volumenzonen' },
      {
        text: 'Heatmap (Volumenbereiche): Der Bereich um ~100.000 USD (0.786 Fibonacci) ist stark frequentiert und stellt eine mögliche Unterstützung dar. Der Bereich bei ~90.000 USD (VAH) zeigt ebenfalls hohe Liquidität und könnte als zweite Unterstützung dienen.',
        heading: '2. Heatmap und Volumenzonen',
      },
      {
        text: 'Short-Volumen (unterer Chart): Das Short-Volumen nimmt deutlich zu, viele Marktteilnehmer spekulieren also auf fallende Kurse. Diese Verkaufsdynamik dürfte den Kurs nach unten gedrückt haben.',
        heading: '2. Heatmap und Volumenzonen',
      },
      {
        text: '3. Fibonacci-Level (angepasst nach Chart)',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '0.236 (~92.012 USD): Erste Unterstützung in der aktuellen Korrektur.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '0.382 (~98.173 USD): Eine zentrale Unterstützungszone, die den Rückgang bremsen könnte.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '0.618 (~100.418 USD): Möglicher Bereich für eine Erholung.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '1.618 (~106.949 USD): Kurzfristiges Ziel bei bullischer Fortsetzung.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '2.618 (~114.798 USD): Stärkerer Widerstand im nächsten Impuls.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      {
        text: '3.618 (~122.647 USD): Hoch im Bereich von starkem Widerstand.',
        heading: '3. Fibonacci-Level (angepasst nach Chart)',
      },
      { text: '4. Warum ist der Kurs gefallen?', heading: '4. Warum ist der Kurs gefallen?' },
      {
        text: 'Verkaufsdynamik: Die Heatmap zeigt, dass oberhalb von 100.000 USD viele Verkäufe stattfanden.',
        heading: '4. Warum ist der Kurs gefallen?',
      },
      {
        text: 'Psychologische Widerstände: Die 100.000er-Marke und die Fibonacci-Level haben als psychologische und technische Barrieren gewirkt.',
        heading: '4. Warum ist der Kurs gefallen?',
      },
      { text: '5. Aktuelle Szenarien', heading: '5. Aktuelle Szenarien' },
      {
        text: 'Bullisches Szenario: Der Kurs könnte sich bei 92.000-98.000 USD stabilisieren, da diese Zonen starke Unterstützungen bilden.',
        heading: '5. Aktuelle Szenarien',
      },
    ],
    expect: [
      p('100.000 USD', 100000),
      p('90.000 USD', 90000),
      p('92.012 USD', 92012),
      p('98.173 USD', 98173),
      p('100.418 USD', 100418),
      p('106.949 USD', 106949),
      p('114.798 USD', 114798),
      p('122.647 USD', 122647),
      p('100.000 USD', 100000),
      p('100.000', 100000),
      p('92.000', 92000),
      p('98.000 USD', 98000),
    ],
  },
];
