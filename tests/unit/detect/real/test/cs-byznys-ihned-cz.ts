import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://byznys.ihned.cz/c1-66701070-hodnota-bitcoinu-se-v-poslednim-roce-temer-zdvojnasobila-mezirocne-tak-jeho-cena-vzrostla-o-88-procent?utm_source=mediafed&utm_medium=rss&utm_campaign=mediafed',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Hodnota bitcoinu se v posledním roce téměř zdvojnásobila',
    blocks: [
      'Hodnota kryptoměny bitcoin se za rok 2019 téměř zdvojnásobila. Zatímco na začátku letošního ledna se jeden bitcoin obchodoval za 7300 dolarů, tedy asi 165 tisíc korun, před rokem to bylo 3890 dolarů (zhruba 88 tisíc korun).',
      'V první polovině minulého roku začal bitcoin prudce posilovat a na konci června se dostal na maximum okolo 13 200 dolarů (298 tisíc korun). Poté přišel pozvolný pokles. Rekordní hranici 19 tisíc dolarů (430 tisíc korun) z konce roku 2017 tak nejznámější kryptoměna nepřekonala.',
    ],
    expect: [
      p('7300 dolarů', 7300),
      p('165 tisíc korun', 165000, 'CZK'),
      p('3890 dolarů', 3890),
      p('88 tisíc korun', 88000, 'CZK'),
      p('13 200 dolarů', 13200),
      p('298 tisíc korun', 298000, 'CZK'),
      p('19 tisíc dolarů', 19000),
      p('430 tisíc korun', 430000, 'CZK'),
    ],
  },
];
