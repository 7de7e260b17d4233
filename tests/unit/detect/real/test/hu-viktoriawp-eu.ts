import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://viktoriawp.eu/?p=1656',
    lang: 'hu',
    tags: ['prose', 'format'],
    blocks: [
      {
        heading: 'Hogyan működik a bitcoin bányászat napjainkban?',
        text: 'A bányászok tízpercenként versenyeznek, hogy megtaláljanak egy speciális számot (úgynevezett hasht), amely megfelel a Bitcoin nehézségi célértékének. Az első bányász, aki megtalálja, új blokkot fűz a blokklánchoz, és megkapja:',
      },
      '- > 3,125 BTC-t (a jelenlegi blokkjutalom a 2024-es felezés után)',
      '- > a felhasználók tranzakciós díjait',
      '💡 Példa: Ha a bitcoin ára 100 000 euró, a 3,125 BTC jutalom körülbelül 312 500 eurót ér, a díjakat nem számítva.',
    ],
    expect: [p('100 000 euró', 100000, 'EUR'), o('312 500 eurót', 312500, 'EUR')],
  },
];
