import { o, p, type RealCase } from '../labels';

const url = 'http://zurzeit.eu/artikel/neue-ersatzwaehrung-bitcoins_1687';
const title = 'Neue Ersatzwährung Bitcoins';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de-AT',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Anfang März 2017 gab es einen Knalleffekt an den Anlegermärkten: Die virtuelle Währung Bitcoin überschritt mit nicht weniger als 1,230 Euro pro Einheit erstmals den Gegenwert einer Feinunze Gold.',
    ],
    expect: [p('1,230 Euro', 1230, 'EUR')],
  },
  {
    url,
    lang: 'de-AT',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Auch im Gesamtvolumen sind Bitcoins mit Edelmetallen nicht zu vergleichen: Alle Bitcoins zusammen stellen derzeit einen Wert von 20 Milliarden US-Dollar dar.',
    ],
    expect: [o('20 Milliarden US-Dollar', 20e9)],
  },
];
