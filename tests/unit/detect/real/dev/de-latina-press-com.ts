import { o, p, type RealCase } from '../labels';

const url = 'https://latina-press.com/news/302463-el-salvador-kauft-neue-bitcoins';
const title = 'El Salvador kauft neue Bitcoins';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title,
    blocks: [
      'El Salvador hat achtzig Bitcoins (BTC) zum Preis von 19.000 US-Dollar pro Stück gekauft, wie Präsident Nayib Bukele auf „Twitter“ bekannt gab. Der in Dollar ausgedrückte Bitcoin-Preis ist unter 20.000 US-Dollar gefallen.',
    ],
    expect: [p('19.000 US-Dollar', 19000), p('20.000 US-Dollar', 20000)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Damit weist der Präsident Kritiker zurück, die ihm einen Verlust von mehr als 40 Millionen US-Dollar aus den nationalen Reserven vorwerfen. Im Mai kaufte das Land 500 Bitcoins zu einem Durchschnittspreis von 30.744 US-Dollar; diese Investition hat bisher keinen Gewinn gebracht.',
      'Finanzminister Alejandro Zelaya stellte klar, die Kritiker spekulierten „mit einem angeblichen Verlust von 40 Millionen USD, der nicht eingetreten ist, weil wir die Coins nicht verkauft haben“.',
    ],
    expect: [o('40 Millionen US-Dollar', 40e6), p('30.744 US-Dollar', 30744), o('40 Millionen USD', 40e6)],
  },
];
