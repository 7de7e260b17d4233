import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.benchmark.pl/aktualnosci/kopanie-bitcoina-przestaje-sie-oplacac.html',
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title: 'Kopanie bitcoina przestaje się opłacać',
    blocks: [
      'Większość firm kopiących bitcoina przestaje zarabiać na swojej podstawowej działalności – wynika z najnowszej noty analityków Rosenblatt. Powód: spada cena kryptowaluty, a z nią przychody z wydobycia.',
      {
        text: 'Bitcoin kosztował ostatnio około 64 tys. dolarów i jest wyraźnie tańszy niż na początku roku. Spadek kursu oznacza mniejsze wpływy dla firm, które „kopią” kryptowalutę.',
        heading: 'Bitcoin tanieje, a zyski topnieją',
      },
      {
        text: 'Analityk Rosenblatt, Chris Brendler, zauważa, że przychód z wydobycia, czyli tzw. hash price, spadł poniżej 3 centów za jednostkę mocy obliczeniowej. Przy takim poziomie zarabiają już tylko najnowocześniejsze kopalnie.',
        heading: 'Bitcoin tanieje, a zyski topnieją',
      },
    ],
    expect: [p('64 tys. dolarów', 64000), o('3 centów', 0.03)],
  },
];
