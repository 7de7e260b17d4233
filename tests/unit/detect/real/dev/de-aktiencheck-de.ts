import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.aktiencheck.de/kolumnen/Artikel-Bitcoins_billig_schuerfen_am_besten_Venezuela-8477617',
    lang: 'de',
    tags: ['cost', 'prose'],
    title: 'Bitcoins billig schürfen: am besten in Venezuela',
    blocks: [
      'Wo also ist der günstigste Ort, um Bitcoin abzubauen?',
      'Elite Fixtures, eine Tochter der US-amerikanischen Crescent Electric Supply Company, hat in einer Studie herausgefunden, dass die Kosten für den Bitcoin-Abbau weltweit erheblich schwanken, von nur 531 USD in Venezuela bis zu unglaublichen 26.170 USD pro Bitcoin in Südkorea.',
    ],
    expect: [c('531 USD', 531), c('26.170 USD', 26170)],
  },
];
