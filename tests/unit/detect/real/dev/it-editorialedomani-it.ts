import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.editorialedomani.it/economia/perche-crollo-bitcoin-criptovalute-fu0v3bdu',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'Perché il bitcoin e le criptovalute stanno crollando',
    blocks: [
      '- In 24 ore la più nota delle criptovalute ha lasciato oltre il 15 per cento e vale ormai quasi la metà del picco di metà aprile.',
      'Basta un annuncio di Elon Musk per affondare una criptovaluta che poche settimane fa valeva più di mille miliardi di dollari? A prima vista sì. A inizio febbraio Tesla aveva comprato qualcosa come 1,5 miliardi di dollari in bitcoin.',
    ],
    expect: [o('mille miliardi di dollari', 1e12), o('1,5 miliardi di dollari', 1.5e9)],
  },
];
