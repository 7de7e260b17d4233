import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.inside-it.ch/articles/46162',
    lang: 'de',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Der Bitcoin geht durch die Decke',
    blocks: [
      'Der Bitcoin geht durch die Decke',
      'Der Bitcoin-Kurs steigt weiter. Heute Morgen um elf Uhr wurde ein Bitcoin für fast 1050 Franken gehandelt. Damit fehlen der Cyberwährung nur noch rund 35 Franken bis zu ihrem Allzeithoch vom November 2013. Damals war der Kurs auf rund 1085 Franken geklettert, bevor er zwischenzeitlich einbrach.',
      'Als weiteren Grund nennt das Portal die starke Nachfrage aus Indien, seit die 500- und 1000-Rupien-Scheine aus dem Verkehr gezogen wurden.',
    ],
    expect: [
      p('1050 Franken', 1050, 'CHF'),
      o('35 Franken', 35, 'CHF'),
      p('1085 Franken', 1085, 'CHF'),
      o('500', 500, 'INR'),
      o('1000-Rupien', 1000, 'INR'),
    ],
  },
];
