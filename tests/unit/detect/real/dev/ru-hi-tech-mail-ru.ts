import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hi-tech.mail.ru/news/52805-severnyy-bitok-kak-ustroen-biznes-pervogo-v-rossiyskoy-arktike-mayning-otelya/?from=note',
    lang: 'ru',
    tags: ['prose'],
    title: 'Северный «биток»: как устроен бизнес первого в российской Арктике майнинг-отеля',
    blocks: [
      'Майнинг криптовалют по-прежнему одна из самых слабо регулируемых и непонятных широкой публике, но притягательных сфер бизнеса. Многие новички, глядя на растущий курс биткоина — в начале января он обновил исторический максимум в $34 000, — думают, что достаточно собрать ферму и нажать кнопку.',
    ],
    expect: [p('$34 000', 34000)],
  },
];
