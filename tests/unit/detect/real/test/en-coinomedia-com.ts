import { p, type RealCase } from '../labels';

// Short crypto-news post on a lira-denominated all-time high: the one price is in Turkish lira with a
// scale word and an ISO code after it; inflation and adoption figures carry no currency.
export const cases: RealCase[] = [
  {
    url: 'https://coinomedia.com/bitcoin-ath-turkey',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin Hits All-Time High in Turkey Amid Lira Crisis',
    blocks: [
      'Bitcoin has reached a new all-time high in Turkey measured in Turkish Lira (TRY), even though the USD price is still below its peak.',
      'In recent days, Bitcoin traded above 2.5 million TRY, far beyond its previous highs, largely because the lira keeps weakening.',
      'With inflation above 70%, more people in Turkey are turning to crypto to protect their savings.',
    ],
    expect: [p('2.5 million TRY', 2.5e6, 'TRY')],
  },
];
