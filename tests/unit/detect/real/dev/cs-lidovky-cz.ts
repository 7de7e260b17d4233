import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lidovky.cz/byznys/firmy-a-trhy/hodnota-bitcoinu-vystoupila-na-pulrocni-maximum-analytici-rust-nechapou.A190423_121528_firmy-trhy_ele',
    lang: 'cs',
    tags: ['prose', 'anaphora'],
    title: 'Hodnota bitcoinu vystoupila na půlroční maximum, analytici růst nechápou',
    blocks: [
      'Hodnota kybernetické měny bitcoin se v úterý vyšplhala na nejvyšší úroveň za posledních šest měsíců, překročila 5600 dolarů (zhruba 128 000 korun).',
      'Na burze Bitstamp se bitcoin dostal až na 5627 dolarů, později však o část zisků přišel. Krátce před polednem se prodával za zhruba 5535 dolarů, oproti pondělku si tak připisoval necelá tři procenta.',
      'Koncem roku 2017 jeho hodnota vystoupila až do blízkosti 20 000 dolarů.',
    ],
    expect: [
      p('5600 dolarů', 5600),
      p('128 000 korun', 128000, 'CZK'),
      p('5627 dolarů', 5627),
      p('5535 dolarů', 5535),
      p('20 000 dolarů', 20000),
    ],
  },
  {
    url: 'https://www.lidovky.cz/byznys/cnb-michl-rezervy-bitsoin-sazby.A250129_101018_ln_ekonomika_lvot',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Michl předloží plán investic ČNB do bitcoinu',
    blocks: [
      'Guvernér České národní banky Aleš Michl předloží bankovní radě plán investic do bitcoinu. Pokud bude schválen, mohly by bitcoiny nakonec tvořit až pět procent celkových rezerv banky, které nyní činí 140 miliard eur (3,5 bilionu korun).',
    ],
    expect: [o('140 miliard eur', 1.4e11, 'EUR'), o('3,5 bilionu korun', 3.5e12, 'CZK')],
  },
  {
    url: 'https://www.lidovky.cz/byznys/firmy-a-trhy/kolem-60-procent-tezby-bitcoinu-ovlada-cina.A190705_083549_firmy-trhy_ele',
    lang: 'cs',
    tags: ['prose', 'anaphora'],
    title: 'Kolem 60 procent těžby bitcoinu ovládá Čína',
    blocks: [
      'Cena bitcoinu se před třemi měsíci pohybovala kolem 5000 USD a od té doby strmě roste. V minulých týdnech atakovala hranici 13 000 dolarů a v současnosti se bitcoin prodává okolo 11 800 USD.',
    ],
    expect: [p('5000 USD', 5000), p('13 000 dolarů', 13000), p('11 800 USD', 11800)],
  },
];
