import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fjordabladet.no/npk/utenriks/2019/05/14/Bitcoin-stig-i-verdi-igjen-19034589.ece',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Bitcoin stig i verdi igjen',
    blocks: [
      'Måndag nådde bitcoin sitt høgaste nivå sidan juli i fjor, utan at det finst noka god forklaring på kvifor det skjer akkurat no.',
      'Bitcoin var opp nesten 17 prosent og vart handla for 8.131 dollar i snitt, 8.167,50 dollar på det meste måndag.',
      'I 2018 hadde bitcoin ein lang nedtur, frå å ha vore oppe i ein verdi på nesten 20.000 dollar til drygt 3.000 dollar.',
    ],
    expect: [
      p('8.131 dollar', 8131),
      p('8.167,50 dollar', 8167.5),
      p('20.000 dollar', 20000),
      p('3.000 dollar', 3000),
    ],
  },
];
