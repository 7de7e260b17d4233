import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tabletowo.pl/ile-kosztuje-wydobycie-1-bitcoina-w-2026-roku/',
    lang: 'pl',
    tags: ['prose', 'cost', 'format', 'anaphora'],
    title: 'Ile kosztuje wydobycie jednego Bitcoina w 2026 roku?',
    blocks: [
      'Bitcoin powstał w 2009 roku jako ciekawostka dla entuzjastów. W grudniu 2024 roku cena jednego Bitcoina pierwszy raz przebiła 100 tysięcy dolarów, a rekord padł w październiku 2025 roku, kiedy wycena przekroczyła 125 tysięcy dolarów.',
      'Często przywołuje się historię Laszlo Hanyecza, który w 2010 roku oddał 10 tysięcy Bitcoinów za dwie duże pizze, warte wtedy nieco ponad 40 dolarów. Dziś – 880… milionów. Dolarów. W styczniu 2026 roku 1 BTC kosztuje bowiem ~88000 dolarów lub 310 tysięcy złotych.',
      'Cena 1 kWh w Polsce w popularnej taryfie G11 to w 2026 roku ~62 grosze brutto. Po przemnożeniu przez potrzebną energię wychodzi, że wydobycie jednego Bitcoina w Polsce kosztowałoby ponad 574 tysiące złotych.',
      'Pełny koszt 1 kWh w Polsce wyniesie jednak w 2026 roku średnio około złotówki i 30 groszy brutto.',
    ],
    expect: [
      p('100 tysięcy dolarów', 100000),
      p('125 tysięcy dolarów', 125000),
      o('40 dolarów', 40),
      o('880… milionów. Dolarów', 880e6),
      p('88000 dolarów', 88000),
      p('310 tysięcy złotych', 310000, 'PLN'),
      o('62 grosze', 0.62, 'PLN'),
      c('574 tysiące złotych', 574000, 'PLN'),
      o('złotówki i 30 groszy', 1.3, 'PLN'),
    ],
  },
];
