import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tt.com/artikel/30809340/weniger-liquiditaet-bitcoin-kurs-deutlich-gesunken',
    lang: 'de',
    tags: ['prose'],
    title: 'Weniger Liquidität: Bitcoin-Kurs deutlich gesunken',
    blocks: [
      'Washington – Der Bitcoin ist am Dienstag spürbar unter Druck geraten. Der Kurs der weltweit bekanntesten Kryptowährung gab um 6,2 Prozent auf 47.818 Dollar (42.279 Euro) nach. Am Montag war er noch über 52.000 Dollar geklettert und hatte den höchsten Stand seit mehr als drei Wochen erreicht. Bei anderen großen Digitalwährungen wie Ether verlief die Kursentwicklung in den vergangenen Tagen ähnlich.',
    ],
    expect: [p('47.818 Dollar', 47818), p('42.279 Euro', 42279, 'EUR'), p('52.000 Dollar', 52000)],
  },
];
