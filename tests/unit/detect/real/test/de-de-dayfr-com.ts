import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.dayfr.com/heute/2297364.html',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'MicroStrategy kommt in den Nasdaq 100',
    blocks: [
      'MicroStrategy besitzt 423.650 Bitcoins und dürfte den Nasdaq 100 wegen seiner Volatilität als BTC-Proxy belasten.',
      'Der Invesco QQQ ist ein solcher ETF – der äußerst beliebte Technologiefonds mit einem Vermögen von 325 Milliarden US-Dollar folgt dem Nasdaq 100 und wird damit Käufer von MicroStrategy.',
      'Laut SEC-Unterlagen hat MicroStrategy im letzten Monat über 100.000 Bitcoins für 10,5 Milliarden US-Dollar gekauft.',
      'Bitcoin erreichte diese Woche einen neuen Rekord von über 106.000 US-Dollar und ist seit Trumps Sieg um mehr als 50 % gestiegen.',
    ],
    expect: [
      o('325 Milliarden US-Dollar', 325e9),
      o('10,5 Milliarden US-Dollar', 10.5e9),
      p('106.000 US-Dollar', 106000),
    ],
  },
];
