import { p, type RealCase } from '../labels';

// Russian trader blog post on smart-lab ("туземунить Биток"): slang for Bitcoin, a head-and-shoulders target
// given in "натуральных баксов" (dollars), far from any currency sign.
export const cases: RealCase[] = [
  {
    url: 'https://smart-lab.ru/mobile/topic/861064',
    lang: 'ru',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'Всем добра! В сообществе сложилась добрая традиция туземунить Биток, так что внесу и свою лепту в копилку туземунщиков.',
      'BTCUSD Week. Биткоин — очень техничный инструмент и хорошая иллюстрация работающего ТА: на недельном графике видно сразу несколько фигур.',
      'BTCUSD Day. Правое плечо ГИП указывает на цель в районе 10400 натуральных баксов. Сейчас цель реализована процентов на 70, а в пике снижения нарисовался разворотный паттерн: обновление лоёв на увеличенных объёмах и дивергенция на RSI.',
    ],
    expect: [p('10400 натуральных баксов', 10400)],
  },
];
