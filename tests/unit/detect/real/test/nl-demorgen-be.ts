import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.demorgen.be/economie/cryptomunten-zijn-hot-maar-ook-gevaarlijk-ba65cfa1/',
    lang: 'nl',
    tags: ['change', 'anaphora'],
    title: 'Cryptomunten zijn hot, maar ook gevaarlijk',
    blocks: [
      'De bekendste telg uit de familie van cryptomunten is de bitcoin, waar iedereen al eens van gehoord heeft. Die kreeg enkele weken geleden liefst 3.000 dollar waarde opgekleefd. Maar er zijn er veel meer.',
    ],
    expect: [o('3.000 dollar', 3000)],
  },
];
