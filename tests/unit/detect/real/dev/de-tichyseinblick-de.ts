import { o, type RealCase } from '../labels';

// Commentary: the only amount is Musk's gain from the Bitcoin hype.
export const cases: RealCase[] = [
  {
    url: 'https://www.tichyseinblick.de/kolumnen/spahns-spitzwege/musk-und-der-bitcoin-hype/',
    lang: 'de',
    tags: ['prose'],
    title: 'Musk und der Bitcoin-Hype',
    blocks: [
      'Musks offizielle Begründung: Das sogenannte „Mining“ erfordere zu viel schmutzige Energie und sei klimaschädlich. Den E-Auto-Pionier hatte das herzlich wenig gestört, als er den Bitcoin-Hype produzierte und damit allein im ersten Quartal 2021 um rund 100 Millionen US-Dollar reicher geworden sein soll.',
    ],
    expect: [o('100 Millionen US-Dollar', 100e6)],
  },
];
