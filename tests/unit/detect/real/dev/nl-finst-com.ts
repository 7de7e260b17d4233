import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finst.com/nl/learn/articles/bitcoin-pizza-day',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Wat is de Bitcoin Pizza Day en waarom is het een digitale feestdag?',
    blocks: [
      {
        heading: 'Wat is Bitcoin Pizza Day?',
        text: "Bitcoin Pizza Day (ook wel Bitcoin Pizza Dag) verwijst naar 22 mei 2010, de dag waarop Laszlo Hanyecz 10.000 Bitcoins ruilde voor 2 pizza's van Papa John's. Ja, tien duizend Bitcoins voor 2 pizza's! Destijds was die 10.000 Bitcoins samen maar $41 dollar (ongeveer €35) waard; had Laszlo geweten dat hij nu miljardair had kunnen zijn, dan had hij die keuze vast niet gemaakt.",
      },
      {
        heading: 'Wat is Bitcoin Pizza Day?',
        text: "Laszlo vond het op dat moment een prima deal. Vandaag de dag zou dit bedrag meer dan een miljard euro waard zijn. Het zijn in theorie dus de duurste pizza's die ooit verkocht zijn.",
      },
      {
        heading: 'Korte samenvatting',
        text: "• Bitcoin Pizza Day herdenkt de eerste echte aankoop met Bitcoin op 22 mei 2010: twee pizza's voor 10.000 BTC.\n• Destijds was dat slechts $41 waard, vandaag zou dat meer dan een miljard euro zijn.",
      },
    ],
    expect: [
      o('$41 dollar', 41),
      o('€35', 35, 'EUR'),
      o('een miljard euro', 1e9, 'EUR'),
      o('$41', 41),
      o('een miljard euro', 1e9, 'EUR'),
    ],
  },
];
