import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.novinky.cz/internet-a-pc/453360-kurz-bitcoinu-stale-posiluje-uz-je-na-136-tisicich-korun-za-minci.html',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Kurz bitcoinu stále posiluje, už je na 136 tisících korun za minci',
    blocks: [
      'Vypozorovat je možné také to, že kurz neustále posiluje. Ještě před dvěma týdny se jedna mince obchodovala za 6090 dolarů (134 200 Kč). Aktuálně je to ještě o sto dolarů více, tedy v přepočtu o 2200 Kč více.',
      'Ještě na konci loňského roku se přitom jedna virtuální mince prodávala za částky okolo 900 dolarů (19 800 Kč), už v září se tato virtuální měna obchodovala za 5000 dolarů (109 000 Kč).',
    ],
    expect: [
      p('6090 dolarů', 6090),
      p('134 200 Kč', 134200, 'CZK'),
      o('sto dolarů', 100),
      o('2200 Kč', 2200, 'CZK'),
      p('900 dolarů', 900),
      p('19 800 Kč', 19800, 'CZK'),
      p('5000 dolarů', 5000),
      p('109 000 Kč', 109000, 'CZK'),
    ],
  },
  {
    url: 'https://www.novinky.cz/internet-a-pc/461141-za-bitcoiny-se-uz-da-koupit-prakticky-cokoliv-elektronika-domy-i-skolne.html',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Za bitcoiny se už dá koupit prakticky cokoliv',
    blocks: [
      'Od té doby sice bitcoin na burze Bitstamp ztratil zhruba polovinu své hodnoty, když se ve středu poprvé od 1. prosince propadl pod hranici 10 tisíc dolarů (asi 208 tisíc Kč), to však nic nemění na tom, že popularita bitcoinů mezi běžnými uživateli roste.',
    ],
    expect: [p('10 tisíc dolarů', 10000), p('208 tisíc Kč', 208000, 'CZK')],
  },
  {
    url: 'https://www.novinky.cz/internet-a-pc/455701-nejvetsi-nemecka-banka-varovala-pred-investicemi-do-bitcoinu.html',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Největší německá banka varovala před investicemi do bitcoinu',
    blocks: [
      '„Za dva tři roky může stát bitcoin klidně i více než 25 000 eur (v přepočtu 640 000 Kč),“ věří otec pětičlenné rodiny Didi Taihuttu.',
    ],
    expect: [p('25 000 eur', 25000, 'EUR'), p('640 000 Kč', 640000, 'CZK')],
  },
];
