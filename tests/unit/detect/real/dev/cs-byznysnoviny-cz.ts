import { o, p, type RealCase } from '../labels';

// Czech business news (agency-style recap of a record). Every level comes as dollars with the koruna
// equivalent in brackets, both prices of one coin; "jedna virtuální mince" stands for Bitcoin, and the
// Tesla purchase (dollars and korunas) is a total, not a price.
export const cases: RealCase[] = [
  {
    url: 'https://byznysnoviny.cz/2021/02/09/hodnota-bitcoinu-rekordne-vystrelila-jedna-virtualni-mince-se-prodavala-za-vice-nez-1-milion-kc',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Hodnota bitcoinu rekordně vystřelila. Jedna virtuální mince se prodávala za více než 1 milion Kč',
    blocks: [
      'Hodnota bitcoinu opět rekordně vystřelila. Jedna virtuální mince se prodávala za více než 1 milion korun. Stalo se tak poté, co americká automobilka Tesla podnikatele Elona Muska vložila do bitcoinu 1,5 miliardy dolarů (32 miliard korun). Kryptoměna přitom dál zdražuje.',
      'Jeden bitcoin se v pondělí 8. února odpoledne středoevropského času prodával za více než 1 006 000 korun.',
      'Růst ale pokračoval a v úterý padl nový rekord, kdy se jedna virtuální mince obchodovala za 48 226 dolarů (1 024 610 korun).',
      'Nejznámější digitální měna vznikla v roce 2008 jako alternativa k měnám, které kontrolují vlády a banky. Její hodnota je značně nestabilní. V posledních dvou letech kurzy výrazně kolísaly. Ještě na začátku roku 2020 byl kurz jen 7 180 dolarů (153 tisíc korun).',
      'Cena bitcoinu naposledy pokořila rekord letos v lednu, když poprvé přesáhla hranici 40 tisíc dolarů (asi 856 tisíc korun). Konkrétně se jedna mince obchodovala za 41 940 dolarů (898 tisíc korun).',
      'Během jediného dne se ale kryptoměna propadla až na 31 tisíc dolarů (asi 663 tisíc korun).',
      'Nejprudší růst zažil bitcoin v minulosti na konci roku 2017, kdy se hodnota vyšplhala nad hranici 20 tisíc dolarů (428 tisíc korun).',
    ],
    expect: [
      p('1 milion korun', 1e6, 'CZK'),
      o('1,5 miliardy dolarů', 1.5e9),
      o('32 miliard korun', 3.2e10, 'CZK'),
      p('1 006 000 korun', 1006000, 'CZK'),
      p('48 226 dolarů', 48226),
      p('1 024 610 korun', 1024610, 'CZK'),
      p('7 180 dolarů', 7180),
      p('153 tisíc korun', 153000, 'CZK'),
      p('40 tisíc dolarů', 40000),
      p('856 tisíc korun', 856000, 'CZK'),
      p('41 940 dolarů', 41940),
      p('898 tisíc korun', 898000, 'CZK'),
      p('31 tisíc dolarů', 31000),
      p('663 tisíc korun', 663000, 'CZK'),
      p('20 tisíc dolarů', 20000),
      p('428 tisíc korun', 428000, 'CZK'),
    ],
  },
];
