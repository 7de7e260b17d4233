import { o, p, type RealCase } from '../labels';

const url = 'https://lupe.at/business/bitcoin-und-stromverbrauch';
const title = 'Bitcoin & Strom: Wie viel Energie steckt in einem „neuen“ Bitcoin?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      {
        heading: 'Warum wirkt „Strom pro Bitcoin“ manchmal höher als der Bitcoin-Preis?',
        text: 'Wenn man den gesamten Netzwerkstrom auf die neu entstehenden BTC „umlegt“, können sehr große Werte herauskommen. Das bedeutet aber nicht automatisch, dass ein einzelner Miner tatsächlich so viel bezahlt. Entscheidend ist der Strompreis (z. B. 0,03–0,07 €/kWh bei großen Minern vs. 0,25–0,35 €/kWh im Haushalt).',
      },
    ],
    expect: [
      o('0,03', 0.03, 'EUR'),
      o('0,07 €', 0.07, 'EUR'),
      o('0,25', 0.25, 'EUR'),
      o('0,35 €', 0.35, 'EUR'),
    ],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title,
    blocks: [
      {
        heading: 'Einfacher Reality-Check (verständlich gerechnet)',
        text: 'Nehmen wir als Beispiel einen Bitcoin-Preis von 60.000 €. Dann kann man ausrechnen, wie viele kWh Strom maximal „drin wären“, bevor allein der Strom teurer als der Bitcoin wird:',
      },
      'Bei 0,05 €/kWh (günstiger Industriestrom):\n60.000 € ÷ 0,05 €/kWh = 1.200.000 kWh (= 1,2 GWh)',
      'Bei 0,10 €/kWh:\n60.000 € ÷ 0,10 €/kWh = 600.000 kWh',
      'Bei 0,30 €/kWh (Haushalt):\n60.000 € ÷ 0,30 €/kWh = 200.000 kWh',
      'Du siehst: Es ist nicht grundsätzlich „unmöglich“, dass rechnerische Netzwerk-Schätzungen in die Nähe von ~1 GWh pro neuem BTC kommen – bei sehr günstigem Strom wäre das vom Betrag her sogar noch unterhalb des Bitcoin-Preises. Miner mit teurem Strom würden damit allerdings nicht profitabel arbeiten (was man auch in Analysen oft als Problemzone für Miner ab ~0,10 €/kWh sieht).',
    ],
    expect: [
      p('60.000 €', 60000, 'EUR'),
      o('0,05 €', 0.05, 'EUR'),
      p('60.000 €', 60000, 'EUR'),
      o('0,05 €', 0.05, 'EUR'),
      o('0,10 €', 0.1, 'EUR'),
      p('60.000 €', 60000, 'EUR'),
      o('0,10 €', 0.1, 'EUR'),
      o('0,30 €', 0.3, 'EUR'),
      p('60.000 €', 60000, 'EUR'),
      o('0,30 €', 0.3, 'EUR'),
      o('0,10 €', 0.1, 'EUR'),
    ],
  },
];
