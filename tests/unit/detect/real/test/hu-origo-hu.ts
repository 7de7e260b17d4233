import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.origo.hu/techbazis/20130603-bitcoin-a-magyarok-is-beszalltak-az-online-aranylazba.html',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'A magyarok is elkapták az online aranylázat',
    blocks: [
      'A csak az interneten létező, anonim fizetést lehetővé tevő Bitcoin értékét az szabja meg, hogy mennyi valódi pénzt adnak érte. A virtuális pénz mögött nincs aranyfedezet, jelenleg mégis több mint 100 amerikai dollárt ér egy darab.',
      'A legendák szerint nem egy hacker úgy lett milliomos, hogy maradék alkatrészekből rakott össze egy linuxos gépet a bányászathoz. A jelenlegi árfolyamon számolva a számítógépek már majdnem 1,5 milliárd dollárnyi Bitcoint bányásztak ki.',
    ],
    expect: [p('100 amerikai dollárt', 100), o('1,5 milliárd dollárnyi', 1.5e9)],
  },
];
