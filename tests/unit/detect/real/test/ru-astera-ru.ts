import { o, type RealCase } from '../labels';

// Russian mining-pool article on post-halving economics: annual industry revenue for two years, both
// totals written "$17,2 млрд" with a comma decimal; negatives in a mining context.
export const cases: RealCase[] = [
  {
    url: 'https://astera.ru/articles/majning-bitkoina-v-2026-godu-kak-vyzhivayut-majnery-posle-chetvertogo-halvinga/',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Майнинг биткоина в 2026 году: как выживают майнеры после четвертого халвинга',
    blocks: [
      'Четвертый халвинг в апреле 2024 года сократил вознаграждение за блок с 6,25 до 3,125 BTC, и при неизменной цене BTC доход майнеров автоматически упал бы вдвое.',
      {
        text: 'Общий доход от майнинга в 2025 году составил $17,2 млрд, что на 17% больше, чем в 2024 году ($14,7 млрд), но рост обеспечила исключительно цена биткоина, а не количество добытых монет.',
        heading: 'Экономика майнинга после халвинга: холодные цифры',
      },
    ],
    expect: [o('$17,2 млрд', 17.2e9), o('$14,7 млрд', 14.7e9)],
  },
];
