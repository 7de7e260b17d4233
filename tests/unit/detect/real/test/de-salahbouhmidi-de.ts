import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://salahbouhmidi.de/bitcoin-kampf-um-30-000-us-dollar-dauert-an',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin: Kampf um 30.000 US-Dollar dauert an',
    blocks: [
      'Dreh- und Angelpunkt bleibt die 28.000 USD-Marke, an der sich in der Vergangenheit der Kampf zwischen Bullen und Bären entschied. BTC/USD ringt derzeit um die psychologische Marke bei 30.000 USD und hat damit schon ein neues kurzfristiges Kursziel bei 34.000 USD aktiviert. In einem starken Bullenszenario könnte der Trend in diesem Jahr bis in den Bereich um 48.000 USD reichen.',
      'Nach unten ist die Fallhöhe groß: Unterhalb von 18.800 USD könnte der Abwärtstrend schnell Fahrt aufnehmen und die Marken bei 14.300 oder gar 10.800 USD ansteuern.',
    ],
    expect: [
      p('28.000 USD', 28000),
      p('30.000 USD', 30000),
      p('34.000 USD', 34000),
      p('48.000 USD', 48000),
      p('18.800 USD', 18800),
      p('14.300', 14300),
      p('10.800 USD', 10800),
    ],
  },
];
