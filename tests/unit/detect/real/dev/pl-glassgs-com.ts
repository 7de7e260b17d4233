import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.glassgs.com/pl/news/detail/12560605006478',
    lang: 'pl',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Ostrożni inwestorzy wciąż mogą się zastanawiać: jak wysoko może jeszcze wzrosnąć BTC, barometr rynku kryptowalut?',
      'Wcześniej MicroStrategy przewidywało, że bitcoin osiągnie 2,4 miliona dolarów w 2036 roku, a ARK Invest jeszcze odważniej prognozowało 3,8 miliona dolarów w 2030 roku. Te liczby często krytykowano jako zbyt optymistyczne.',
      'Najnowsza praca badawcza Satoshi Action Education pokazuje, że na podstawie czystej analizy popytu i podaży bitcoin ma 75% szans na przekroczenie 4,81 miliona dolarów w 2036 roku. To o 25% więcej niż najbardziej agresywne prognozy instytucji.',
      'Jednocześnie badanie przewiduje, że w 2030 roku BTC ma 50% szans na przekroczenie 3,35 miliona dolarów, co jest zbliżone do prognozy ARK na poziomie 3,8 miliona dolarów.',
      '1 milion dolarów może nadejść w 2028 roku',
    ],
    expect: [
      p('2,4 miliona dolarów', 2.4e6),
      p('3,8 miliona dolarów', 3.8e6),
      p('4,81 miliona dolarów', 4.81e6),
      p('3,35 miliona dolarów', 3.35e6),
      p('3,8 miliona dolarów', 3.8e6),
      p('1 milion dolarów', 1e6),
    ],
  },
];
