import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.investor-verlag.de/devisen/kryptowaehrungen/so-handeln-sie-das-bitcoin-halving-2024/',
    lang: 'de',
    tags: ['anaphora', 'prose'],
    title: 'So handeln Sie das Bitcoin-Halving 2024!',
    blocks: [
      {
        heading: 'Was passiert beim Bitcoin-Halving?',
        text: 'Beim Halving wird nicht der Kurs halbiert, sondern die Belohnung für den Miner, der den nächsten Block berechnet. Mit dem Preis von Bitcoin hat das also nichts zu tun – nur damit, wie viel Bitcoin das Rechenzentrum für den nächsten Block bekommt.',
      },
      {
        heading: 'Was passiert beim Bitcoin-Halving?',
        text: 'Bislang betrug die Belohnung dafür 6,25 Bitcoin. Also aktuell etwa 400.000 US-Dollar. Nach dem Halving sinkt sie auf 3,125 Bitcoin. Die Rechenzentren bekommen demnach eine Gehaltskürzung von 50 Prozent.',
      },
      {
        heading: 'Marathon Digital im Tageschart',
        text: 'Meine eingezeichnete Kaufzone wurde inzwischen sogar unterschritten. Das mag am nahenden Halving liegen: Die Anleger werden erkennen, dass die Belohnung pro Block von 400.000 auf 200.000 US-Dollar sinkt. Dennoch ist das vermutlich ein guter Zeitpunkt, um weiter aufzustocken.',
      },
    ],
    expect: [o('400.000 US-Dollar', 400000), o('400.000', 400000), o('200.000 US-Dollar', 200000)],
  },
];
