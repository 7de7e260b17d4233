import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fintechradar.hu/penz/0711/szombat-ota-nehezebb-bitcoint-banyaszni/',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Szombat óta nehezebb bitcoint bányászni',
    blocks: [
      {
        heading: 'Mennyit ad a rendszer?',
        text: 'Kezdetben tíz percenként 50 bitcoint lehetett kapni, aztán ez 25-re csökkent. Vasárnap óta pedig már csak 12,5 jár a szerencsés bányásznak. Ez mai árfolyamon 2,3 millió forintnak felel meg, nem is rossz pénz tíz percnyi munkáért.',
      },
    ],
    expect: [o('2,3 millió forintnak', 2.3e6, 'HUF')],
  },
];
