import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.idnes.cz/ekonomika/zahranicni/bitcoin-kryptomena-hacker-investice-cena-rust-kradez-finance.A190509_115641_eko-zahranicni_mato',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin roste nejdéle od roku 2017',
    blocks: [
      'Podle údajů serveru CoinDesk se během čtvrtečního obchodování hodnota bitcoinu vyšplhala až na 6076,65 dolaru (téměř 140 tisíc Kč), tedy na nejvyšší úroveň od 15. listopadu.',
      'Hodnotě kryptoměny podle analytiků prospívá rostoucí zájem investičních společností a naopak pokles „spekulativní mánie“, která bitcoin provázela v roce 2017, kdy jeho cena atakovala 20 tisíc dolarů za kus.',
      'Krádeže za 1,7 miliardy dolarů',
      'Útočníci tento týden z burzy Binance odcizili 7000 bitcoinů v hodnotě přes 40 milionů dolarů (téměř miliardu korun).',
      'Podle deníku The Wall Street Journal hackeři dosud ukradli bitcoiny za více než 1,7 miliardy dolarů (téměř 40 miliard korun).',
    ],
    expect: [
      p('6076,65 dolaru', 6076.65),
      p('140 tisíc Kč', 140000, 'CZK'),
      p('20 tisíc dolarů', 20000),
      o('1,7 miliardy dolarů', 1.7e9),
      o('40 milionů dolarů', 4e7),
      o('miliardu korun', 1e9, 'CZK'),
      o('1,7 miliardy dolarů', 1.7e9),
      o('40 miliard korun', 4e10, 'CZK'),
    ],
  },
];
