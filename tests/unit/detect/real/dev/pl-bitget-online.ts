import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitget.online/pl/news/detail/12560605187394',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Nowe dane ujawniają przełomowy moment dla infrastruktury Bitcoina. Według raportu Marathon Digital Holdings za III kwartał 2025 roku średni koszt wydobycia jednego Bitcoina sięgnął około 67 704 dolarów. To wywiera wyraźną presję na bezpieczeństwo sieci i stabilność rynku.',
      {
        heading: 'Koszty wydobycia Bitcoina osiągają krytyczne poziomy',
        text: 'Marathon Digital Holdings, czołowy notowany na giełdzie kopalnik, opublikował dane finansowe za trzeci kwartał 2025 roku. Firma ujawniła średni koszt wydobycia na poziomie 67 704 dolarów za jednego Bitcoina. Liczba ta odzwierciedla bezpośrednie wydatki na produkcję każdej nowej jednostki: głównie energię elektryczną, amortyzację sprzętu i utrzymanie infrastruktury.',
      },
    ],
    expect: [c('67 704 dolarów', 67704), c('67 704 dolarów', 67704)],
  },
];
