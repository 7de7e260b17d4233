import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsider.it/2024/05/10/futuro-del-bitcoin-previsioni-contrastanti-tra-rialzisti-e-ribassisti',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Futuro del Bitcoin: previsioni contrastanti tra rialzisti e ribassisti',
    blocks: [
      'Dopo una breve flessione, la criptovaluta principale è risalita oltre i 63.000 dollari il 10 maggio, e qualche analista ipotizza che possa avvicinarsi ai 110.000 dollari entro fine anno.',
      {
        text: 'Alcuni vedono il prezzo oltre i 100.000 dollari a fine anno, altri indicano i 78.000 dollari alla prossima ondata verde.',
        heading: 'La prossima mossa possibile del BTC',
      },
      {
        text: 'Non tutti sono ottimisti: Michael van de Poppe non esclude un calo verso i 52.000-55.000 dollari se il Bitcoin perdesse la zona di supporto di 61.000 dollari.',
        heading: 'La prossima mossa possibile del BTC',
      },
      {
        text: 'Le stime vanno dai 100.000 dollari fino a 1 milione di dollari nel lungo periodo.',
        heading: 'I Bulls definitivi',
      },
    ],
    expect: [
      p('63.000 dollari', 63000),
      p('110.000 dollari', 110000),
      p('100.000 dollari', 100000),
      p('78.000 dollari', 78000),
      p('52.000', 52000),
      p('55.000 dollari', 55000),
      p('61.000 dollari', 61000),
      p('100.000 dollari', 100000),
      p('1 milione di dollari', 1e6),
    ],
  },
];
