import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.pb.pl/bitcoin-tanieje-o-ponad-20-proc-1117036',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin tanieje o ponad 20 proc.',
    blocks: [
      'Kurs bitcoina spadł w środę poniżej poziomu z 8 lutego kiedy Tesla ogłosiła, że zainwestuje w kryptowalutę i będzie przyjmowała w niej płatności.',
      'Obecnie kurs bitcoina spada o niemal 30 proc. do 31 tys. USD. W połowie kwietnia osiągnął historyczne maksimum zbliżając się do 65 tys. USD. Obecnie kapitalizacja waluty jest o 500 mld USD niższa.',
      'Przecena bitcoina przyspieszyła po niespodziewanej wolcie dokonanej przez Elona Muska. Wywołało to spekulacje, że spółka może sprzedawać kryptowalutę, w którą zainwestowała 1,5 mld USD. Spadek kursu bitcoina w środę poniżej 40 tys. USD i 200-dniowej średniej ruchomej wywołał zaniepokojenie niektórych analityków.',
      '- Z punktu widzenia analizy technicznej wskaźniki świecą na czerwono. Następne poziomy wsparcia są w pobliżu 37 tys. USD, a potem 30 tys. USD. Jest szansa, że zobaczymy zejście do tych poziomów, a nawet niżej – powiedziała Ipek Ozkardeskaya, analityk Swissquote.',
    ],
    expect: [
      p('31 tys. USD', 31000),
      p('65 tys. USD', 65000),
      o('500 mld USD', 5e11),
      o('1,5 mld USD', 1.5e9),
      p('40 tys. USD', 40000),
      p('37 tys. USD', 37000),
      p('30 tys. USD', 30000),
    ],
  },
];
