import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mybank.pl/news/35425-10-000-btc-za-pizze-vs-200-000-btc-w-rezerwach-usa-symbolika-ktora-mowi-wiele.html',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: '10 000 BTC za pizzę vs 200 000 BTC w rezerwach USA: symbolika, która mówi wiele',
    blocks: [
      'Na początek twarde fakty „tu i teraz”. O tej porze notowania BTC w dolarze krążą wokół 118 100 USD, a w złotych — przy bieżącym kursie dolara do PLN — daje to około 430 600 zł.',
      'Jeśli jednak mówimy o symbolice, trudno uciec od pizzy. W maju 2010 roku programista zapłacił 10 000 BTC za dwa placki — decyzja, która w historii przeszła do legendy. Dzisiaj, przy bieżącej cenie, ten sam pakiet wart byłby około 1,18 mld dolarów albo mniej więcej 4,306 mld złotych. Taka kwota w przeliczeniu na „pizze margherity po 35 zł” oznacza mniej więcej 123 miliony placków.',
    ],
    expect: [
      p('118 100 USD', 118100),
      p('430 600 zł', 430600, 'PLN'),
      o('1,18 mld dolarów', 1.18e9),
      o('4,306 mld złotych', 4.306e9, 'PLN'),
      o('35 zł', 35, 'PLN'),
    ],
  },
];
