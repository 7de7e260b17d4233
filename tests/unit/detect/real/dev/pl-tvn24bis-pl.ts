import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://tvn24bis.pl/pieniadze,79/wartosc-bitcoina-ponizej-10-tys-dolarow-po-raz-pierwszy-od-1-grudnia,807269.html',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Wartość bitcoina poniżej 10 tys. dolarów po raz pierwszy od 1 grudnia',
    blocks: [
      'Wartość bitcoina w środę po raz pierwszy od 1 grudnia ubiegłego roku spadła poniżej 10 tysięcy dolarów. W ciągu zaledwie miesiąca wirtualna waluta straciła połowę swojej wartości. Tracą również inne kryptowaluty.',
      'Kurs bitcoina był najwyższy w historii 18 grudnia ubiegłego roku, kiedy trzeba było za niego zapłacić 19 511 dolarów.',
      'Tymczasem w środę wartość tej kryptowaluty spadła poniżej 10 tysięcy dolarów. Po południu bitcoin zaczął odrabiać straty. Około godziny 18:35 trzeba było za niego zapłacić 9911 dolarów, co oznaczało spadek o 10,40 proc. w porównaniu do poprzedniej sesji.',
      'Kryptowaluta zaliczyła już wcześniej kilka spektakularnych załamań. Jedno z największych miało miejsce między 20 a 22 grudnia, kiedy jej cena spadła z około 18 tysięcy do poziomu nieco powyżej 11 tysięcy dolarów.',
    ],
    expect: [
      p('10 tysięcy dolarów', 10000),
      p('19 511 dolarów', 19511),
      p('10 tysięcy dolarów', 10000),
      p('9911 dolarów', 9911),
      p('18 tysięcy', 18000),
      p('11 tysięcy dolarów', 11000),
    ],
  },
];
