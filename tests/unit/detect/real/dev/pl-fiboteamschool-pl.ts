import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fiboteamschool.pl/strefa-kierunkowa-na-wykresie-bitcoina',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Strefa kierunkowa na wykresie Bitcoina',
    blocks: [
      {
        heading: 'Fala spadkowa',
        text: 'Poniższy wykres przedstawia notowania waluty cyfrowej BTC na interwale 1-godzinowym. W ciągu ostatnich kilkunastu sesji notowania ukształtowały zakres wahań o rozpiętości mniej więcej 9 000 dolarów.',
      },
      {
        heading: 'Fala spadkowa',
        text: 'Lewa strona wykresu zaczyna się od wierzchołka cenowego po kursie 66 900 dolarów. W kolejnych sesjach cena BTC spadła o około 13%. Widoczne low ukształtowało się w okolicy 58 000 dolarów.',
      },
      { heading: 'Fala spadkowa', text: 'Bitcoin H1' },
      {
        heading: 'Opór',
        text: 'W ramach odreagowania rynek opiera się na strefie oporu po kursie 62 450 dolarów. Poziom ten wyznaczono, mierząc 50% całej fali spadkowej. Ewentualne wybicie górą otworzy przestrzeń do ukształtowania się formacji harmonicznej.',
      },
    ],
    expect: [
      o('9 000 dolarów', 9000),
      p('66 900 dolarów', 66900),
      p('58 000 dolarów', 58000),
      p('62 450 dolarów', 62450),
    ],
  },
];
