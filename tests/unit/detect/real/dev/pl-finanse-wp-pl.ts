import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finanse.wp.pl/kto-inwestuje-w-bitcoiny-ma-za-soba-nerwowy-dzien-pekniecie-banki-spekulacyjnej-coraz-blizej-6201238931027585a',
    lang: 'pl',
    tags: ['prose', 'change', 'anaphora', 'format'],
    title: 'Kto inwestuje w bitcoiny, ma za sobą nerwowy dzień',
    blocks: [
      'Nerwowy dzień dla graczy na bitcoinie. Kryptowaluta od rana traciła w niespotykanym tempie; później przyszło odbicie, ale strat nie udało się odrobić.',
      '20 grudnia pisaliśmy o największym spadku w historii bitcoina, gdy w zaledwie trzy dni stracił 4 tys. dol. od maksimum wyznaczonego w niedzielę.',
      'W piątek średnia cena liczona przez Coindesk z czterech największych giełd zeszła do 12,5 tys. dol. To o 7,3 tys. dol. mniej niż przy rekordowym kursie 19 783,06 dol.',
      'Około 9 rano cena bitcoina spadła do 12 631 dol., w ciągu dnia odbiła (w szczycie do ok. 14 700 dol.), by o 17 zaliczyć kolejny duży spadek - poniżej 12 105 dol. Jeszcze przed 18 osiągnęła cenę lekko przekraczającą 13 157 dol.',
      'Razem z bitcoinem traciły inne kryptowaluty - ich łączna wartość zeszła w piątek do poziomu 480 mld dol.',
    ],
    expect: [
      o('4 tys. dol.', 4000),
      p('12,5 tys. dol.', 12500),
      o('7,3 tys. dol.', 7300),
      p('19 783,06 dol.', 19783.06),
      p('12 631 dol.', 12631),
      p('14 700 dol.', 14700),
      p('12 105 dol.', 12105),
      p('13 157 dol.', 13157),
      o('480 mld dol.', 480e9),
    ],
  },
];
