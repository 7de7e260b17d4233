import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forkpost.com/?p=3737',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin am Scheideweg: Liquidierungen und die stille Kapitulation der Miner',
    blocks: [
      'Bitcoin am Scheideweg: Liquidierungen und die stille Kapitulation der Miner',
      'Der Kryptomarkt steckt mitten in einer tiefen Korrektur: Bitcoin (BTC) hat nicht nur die psychologisch wichtige Marke von $60.000 getestet, sondern auch eine Existenzkrise im weltweiten Mining-Sektor ausgelöst. Das Zusammenspiel aus scharfem Preisverfall und erzwungenem Abschalten von Rechenzentren zählt zu den heftigsten Abschwüngen seit dem großen China-Verbot von 2021.',
      {
        heading: '1. Die $60.000-Zerreißprobe und die Liquidationen',
        text: 'Als der Bitcoin-Preis jüngst unter die 60.000-Dollar-Marke rutschte, setzte das einen Verkaufsdruck frei, der heftige Kettenreaktionen auslöste. Hoch gehebelte Wetten auf steigende Kurse wurden zwangsweise geschlossen. Binnen 24 Stunden summierten sich diese Liquidationen börsenübergreifend auf bis zu 2,67 Milliarden US-Dollar.',
      },
      {
        heading: '2. Der Break-Even-Druck: Warum Miner abschalten müssen',
        text: 'Während Händler die Volatilität spüren, trifft der Preisverfall die Miner direkt im Kerngeschäft. Für viele ältere oder weniger effiziente Mining-Geräte (ASICs) lag die geschätzte Kostendeckungsschwelle (Break-Even) zwischen $69.000 und $74.000 pro Bitcoin, je nach Strompreis und Betriebskosten.',
      },
      {
        heading: '2. Der Break-Even-Druck: Warum Miner abschalten müssen',
        text: 'Da der Preis klar unter diese Schwelle gefallen ist, häufen diese Betriebe Verluste an. Statt Geld zu verbrennen, schalten sie die Geräte ab. Die Folge war ein Einbruch der täglichen Mining-Einnahmen von 45 Millionen US-Dollar auf nur noch 28 Millionen US-Dollar.',
      },
    ],
    expect: [
      p('$60.000', 60000),
      p('60.000-Dollar', 60000),
      o('2,67 Milliarden US-Dollar', 2.67e9),
      c('$69.000', 69000),
      c('$74.000', 74000),
      o('45 Millionen US-Dollar', 45e6),
      o('28 Millionen US-Dollar', 28e6),
    ],
  },
];
