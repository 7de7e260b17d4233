import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nieuwsblad.be/cnt/dmf20211020_95056025',
    lang: 'nl',
    tags: ['anaphora'],
    blocks: [
      'Rond 15.45 uur was de virtuele munt geklommen tot 65.490 dollar, bijna 40 procent meer dan een maand eerder en ruim 450 procent meer dan twaalf maanden geleden.',
      'Sinds dinsdag wordt in New York het eerste beursgenoteerde fonds verhandeld dat de koers van de belangrijkste cryptomunt volgt.',
    ],
    expect: [p('65.490 dollar', 65490)],
  },
];
