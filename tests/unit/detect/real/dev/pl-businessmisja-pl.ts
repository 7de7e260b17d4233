import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://businessmisja.pl/czy-kopanie-bitcoina-w-polsce-sie-oplaca-koszty-energii-a-realne-zyski',
    lang: 'pl',
    tags: ['prose', 'format', 'table'],
    title: 'Czy kopanie bitcoina w Polsce się opłaca? Koszty energii a realne zyski',
    blocks: [
      'Mining bitcoina w Polsce to dziś biznes o bardzo wąskich marżach, zależny wprost od ceny energii. Przy średnich stawkach rzędu 1,02 zł/kWh (taryfa G11) domowy ASIC zwykle przynosi straty. Pojedynczy nowoczesny ASIC może tracić ~2 100 zł miesięcznie w G11, a do progu opłacalności zbliża się dopiero przy kosztach poniżej ~0,50 zł/kWh.',
      {
        text: 'W 2026 r. standardowa G11 u największych sprzedawców kosztuje około 1,02 zł/kWh, co czyni Polskę drogą lokalizacją dla pracy 24/7.',
        heading: 'Polski rynek energii elektrycznej i ekonomika miningu na początku 2026',
      },
      {
        text: 'G12 daje niższe ceny w nocy – około 0,60 zł/kWh – a G12w rozszerza tańsze okna o weekendy i święta.',
        heading: 'Polski rynek energii elektrycznej i ekonomika miningu na początku 2026',
      },
      {
        text: 'Przykładowo PGE w 2026 r. to około 1,47 zł/kWh (G11, wyższe zużycie), a Tauron ok. 1,36 zł/kWh.',
        heading: 'Polski rynek energii elektrycznej i ekonomika miningu na początku 2026',
      },
      { text: 'G11', header: 'Taryfa', row: 'G11' },
      { text: '~1,02 zł/kWh', header: 'Cena energii', row: 'G11' },
      { text: 'brak (całą dobę)', header: 'Okno tańszej energii', row: 'G11' },
    ],
    expect: [
      o('1,02 zł/kWh', 1.02, 'PLN'),
      o('2 100 zł', 2100, 'PLN'),
      o('0,50 zł/kWh', 0.5, 'PLN'),
      o('1,02 zł/kWh', 1.02, 'PLN'),
      o('0,60 zł/kWh', 0.6, 'PLN'),
      o('1,47 zł/kWh', 1.47, 'PLN'),
      o('1,36 zł/kWh', 1.36, 'PLN'),
      o('1,02 zł/kWh', 1.02, 'PLN'),
    ],
  },
];
