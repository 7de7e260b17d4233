import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://handelskontor-news.de/news/bitcoin-zieht-an-tesla-vorbei-btc-bei-marktkapitalisierung-aller-assets-an-8-stelle-gold-auf-platz-1/',
    lang: 'de',
    tags: ['format'],
    title:
      'Bitcoin zieht an Tesla vorbei: BTC bei Marktkapitalisierung aller Assets an 8. Stelle, Gold auf Platz 1',
    blocks: [
      'Im Vergleich der Marktkapitalisierung aller Assets kommt Bitcoin auf Platz acht – mit inzwischen 1,24 Billionen US-Dollar. Damit überholte die Kryptowährung heute sogar Tesla. Die mit Abstand größte Kapitalisierung hat weiterhin Gold (11,55 Billionen Dollar).',
    ],
    expect: [o('1,24 Billionen US-Dollar', 1.24e12), o('11,55 Billionen Dollar', 11.55e12)],
  },
];
