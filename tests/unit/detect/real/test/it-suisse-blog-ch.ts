import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.suisse-blog.ch/it/16212/bitcoin-100000-chf',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin si avvicina ai 100.000 franchi svizzeri',
    blocks: [
      '🇨🇭 Bitcoin si avvicina ai 100.000 franchi svizzeri: il traguardo mitico è a portata di mano',
      '🕓 6 ottobre 2025 – Neuchâtel\nLunedì alle 15:30 Bitcoin è arrivato a quota 99.465 franchi svizzeri, a un passo per la prima volta dalla soglia storica dei 100.000 franchi svizzeri. Una cifra simbolica per la criptovaluta.',
      'Da settimane la valuta digitale sale, sostenuta da segnali macro favorevoli.',
    ],
    expect: [
      p('100.000 franchi svizzeri', 100000, 'CHF'),
      p('99.465 franchi svizzeri', 99465, 'CHF'),
      p('100.000 franchi svizzeri', 100000, 'CHF'),
    ],
  },
];
