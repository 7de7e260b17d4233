import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptocompass.top/standard-chartered-snizhaet-prognoz-tsen-na-bitkoyny-na-2026-god-na-50',
    lang: 'ru',
    tags: ['prose', 'anaphora'],
    title: 'Standard Chartered снижает прогноз цен на биткойны на 2026 год на 50%',
    blocks: [
      'Standard Chartered сильно урезала свою известную бычью дорожную карту по Биткойну, вдвое снизив целевую цену на 2026 год.',
      'Как сказано в отчёте, доказательством станет «пробой текущего исторического максимума (126 000 долларов США на 6 октября 2025 года); мы ждём этого в первом полугодии 2026 года».',
    ],
    expect: [p('126 000 долларов США', 126000)],
  },
];
