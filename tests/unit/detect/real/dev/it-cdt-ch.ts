import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cdt.ch/approfondimenti/il-bitcoin-ha-raggiunto-livelli-record-ma-cos-e-come-funziona-e-dove-comprarlo-CC3664163',
    lang: 'it',
    tags: ['prose', 'format'],
    title: "Il bitcoin ha raggiunto livelli record, ma cos'è, come funziona e dove comprarlo?",
    blocks: [
      "A dicembre il suo valore ha fatto un balzo improvviso. Il 17 dicembre un singolo bitcoin ha superato per la prima volta i 20.000 franchi (23.250 dollari); il 28 è stata sfondata la soglia dei 25.000 franchi (ossia 28.365 dollari). Il picco è arrivato l'8 gennaio 2021, quando un bitcoin è valso oltre 36 mila franchi (o 40.646 dollari), +410% in un anno (l'8 gennaio 2020 un bitcoin corrispondeva a 8.800 franchi).",
    ],
    expect: [
      p('20.000 franchi', 20000, 'CHF'),
      p('23.250 dollari', 23250),
      p('25.000 franchi', 25000, 'CHF'),
      p('28.365 dollari', 28365),
      p('36 mila franchi', 36000, 'CHF'),
      p('40.646 dollari', 40646),
      p('8.800 franchi', 8800, 'CHF'),
    ],
  },
];
