import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoedukacja.com/oplacalnosc-kopania-jak-obliczyc-zwrot-z-inwestycji-roi',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: 'Opłacalność kopania: jak obliczyć zwrot z inwestycji (ROI)',
    blocks: [
      'Bez precyzyjnego zestawienia kosztów i przychodów kopanie kryptowalut to loteria. Najpierw trzeba zebrać wszystkie koszty, stałe i zmienne. Do stałych należy cena zakupu sprzętu ASIC lub kart graficznych, do zmiennych przede wszystkim energia, która w Polsce może stanowić 60-80% miesięcznych wydatków.',
      'Obliczenie wskaźnika ROI (Return on Investment) wymaga konkretnych danych. Dla przykładowej koparki o mocy 3000W i cenie energii 0,70 zł/kWh dzienny koszt prądu to około 50,40 zł. Przy dziennym wydobyciu równowartości 80 zł dzienna zyskowność wynosi niecałe 30 zł. Od tej kwoty trzeba jeszcze odjąć amortyzację sprzętu, koszty chłodzenia i utrzymania sieci.',
    ],
    expect: [
      o('0,70 zł', 0.7, 'PLN'),
      o('50,40 zł', 50.4, 'PLN'),
      o('80 zł', 80, 'PLN'),
      o('30 zł', 30, 'PLN'),
    ],
  },
];
