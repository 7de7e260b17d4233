import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mintmarketcap.com/de/news/252',
    lang: 'de',
    tags: ['cost', 'prose'],
    blocks: [
      'JPMorgan deutet in seinem neuesten Bericht an, dass die jüngste Erholung des Bitcoin-Preises nicht zwingend einen dauerhaften Aufwärtstrend anzeigt. Die Bank verweist darauf, dass der derzeitige Bitcoin-Handelspreis von etwa 67.220 US-Dollar über seinen Produktionskosten von 43.000 US-Dollar und dem volatilitätsbereinigten Goldpreis von 53.000 US-Dollar liegt, was nahelegt, dass der aktuelle Preis womöglich kein solides Fundament hat. Daher könnte jede kurzfristige Rallye nur eine taktische Anpassung sein, und Anleger sollten vorsichtig bleiben.',
    ],
    expect: [p('67.220 US-Dollar', 67220), c('43.000 US-Dollar', 43000), p('53.000 US-Dollar', 53000)],
  },
];
