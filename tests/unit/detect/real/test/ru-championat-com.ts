import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://championat.com/cybersport/news-5460456-kurs-bitkoina-pobil-istoricheskij-rekord-pochemu-bitkoin-stal-stoit-tak-dorogo.html',
    lang: 'ru',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Курс биткоина побил исторический рекорд. Почему биткоин стал стоить так дорого',
    blocks: [
      'На Binance один биткоин обновил исторический максимум: в какой-то момент за монету давали $ 69,1 тыс. (или чуть больше 6,3 млн рублей).',
      'Прежний рекорд продержался почти два с половиной года — с ноября 2021-го. После нового пика курс немного откатился, но всё ещё выше $ 65 тыс. (около 6,01 млн рублей).',
    ],
    expect: [
      p('$ 69,1 тыс.', 69100),
      p('6,3 млн рублей', 6.3e6, 'RUB'),
      p('$ 65 тыс.', 65000),
      p('6,01 млн рублей', 6.01e6, 'RUB'),
    ],
  },
];
