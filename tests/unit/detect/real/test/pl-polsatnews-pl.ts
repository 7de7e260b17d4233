import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.polsatnews.pl/wiadomosc/2023-11-27/kryptowaluty-co-jest-wiecej-warte-bitcoin-czy-budzet-polski-odbicie-na-rynku-krypto-wciaz-trwa/',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kryptowaluty. Co jest więcej warte: bitcoin czy budżet Polski?',
    blocks: [
      'Wystarczy wspomnieć, że w szczycie popularności, na przełomie października i listopada 2021 roku za 1 BTC płacono nawet 260 tysięcy złotych. To kwota, za którą nawet dziś można by było kupić niewielkie mieszkanie lub całkiem dobry samochód.',
      'Po serii tąpnięć wartość 1 BTC spadła do 70 tysięcy na przełomie 2022 i 2023 roku. Wystarczyło 12-13 miesięcy, by wartość tego cyfrowego środka płatniczego stopniała. Po bardzo trudnych dwóch kwartałach kryptowaluta znów zyskuje na wartości. Dziś, 26 listopada, za jednego Bitcoina płaci się nawet 150 tys. zł.',
      {
        heading: 'Ile wart jest cały rynek Bitcoina?',
        text: 'Przyjmując, że w obiegu jest 19,5 milionów BTC, a uśredniona wartość jednego to 150 tys. zł, można policzyć łączną wartość całego tego rynku.',
      },
    ],
    expect: [
      p('260 tysięcy złotych', 260000, 'PLN'),
      p('70 tysięcy', 70000, 'PLN'),
      p('150 tys. zł', 150000, 'PLN'),
      p('150 tys. zł', 150000, 'PLN'),
    ],
  },
];
