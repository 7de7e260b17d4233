import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bankier.pl/wiadomosc/Bitcoin-w-dol-Kurs-ponizej-200-000-zlotych-8061843.html',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin w dół. Kurs poniżej 200 000 złotych',
    blocks: [
      'Jeszcze do niedawna bitcoin kosztował mniej, niż dziś wynosi dzienna zmiana jego ceny. Najpopularniejsza kryptowaluta wróciła poniżej 50 000 dolarów.',
      'Rozpoczęty w poniedziałek spadek kursu bitcoina we wtorek rano czasu polskiego przełożył się na zejście kursu kryptowaluty poniżej okrągłego poziomu 50 000 dolarów. Tym samym notowania bitcoina wróciły do poziomów z ubiegłego tygodnia. W wyznaczonym w ostatnich dniach szczycie, jeden BTC kosztował ponad 58 000 dolarów.',
      'Spadek ceny bitcoina o ponad 10 proc. połączony z relatywnie niewielkim wzrostem liczby jego jednostek w obiegu sprawiły, że kapitalizacja, czyli łączna wartość wszystkich BTC spadła poniżej 1 biliona dolarów, do 925 mld dolarów.',
      'Na bitcoina warto także spojrzeć przez pryzmat cen w polskim złotym. We wtorek rano 1 BTC kosztuje 188 000 PLN, podczas w poniedziałek notowania wskazywały ponad 200 000 zł.',
      '[Aktualizacja] Kurs bitcoina w dalszej części handlu spadł do 45 000 USD, by następnie powrócić do 48 000 USD.',
    ],
    expect: [
      p('50 000 dolarów', 50000),
      p('50 000 dolarów', 50000),
      p('58 000 dolarów', 58000),
      o('1 biliona dolarów', 1e12),
      o('925 mld dolarów', 925e9),
      p('188 000 PLN', 188000, 'PLN'),
      p('200 000 zł', 200000, 'PLN'),
      p('45 000 USD', 45000),
      p('48 000 USD', 48000),
    ],
  },
];
