import { o, type RealCase } from '../labels';

const url = 'https://theonliner.ch/11-10-2021/kryptowährungen-das-interesse-an-der-neuen-anlageklasse-wächst';
const title = 'Kryptowährungen – das Interesse an der neuen Anlageklasse wächst';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de-CH',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Welche Bedeutung hat Bitcoin am internationalen Finanzmarkt?',
      'Vor zehn Jahren war Bitcoin insgesamt noch keine 40 Millionen Franken wert – etwa so viel wie der Jahreslohn von Jamie Dimon. 2017, im Jahr des letzten grossen Krypto-Bullenmarktes, schnellte der Marktwert von Bitcoin von 14 Mrd. auf 215 Mrd. Franken hoch.',
    ],
    expect: [
      o('40 Millionen Franken', 40e6, 'CHF'),
      o('14 Mrd.', 14e9, 'CHF'),
      o('215 Mrd. Franken', 215e9, 'CHF'),
    ],
  },
  {
    url,
    lang: 'de-CH',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Seit April 2020 hat sich die Marktkapitalisierung von Bitcoin mehr als verachtfacht und liegt aktuell bei rund 800 Milliarden Franken. Damit bewegt sich der Marktwert in den Sphären ganz grosser Firmen wie Facebook.',
    ],
    expect: [o('800 Milliarden Franken', 800e9, 'CHF')],
  },
];
