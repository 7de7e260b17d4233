import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.20min.ch/story/boeses-erwachen-kryptowaehrungen-stuerzen-ueber-nacht-tief-ab-443239180578',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Böses Erwachen: Kryptowährungen stürzen über Nacht tief ab',
    blocks: [
      'In den letzten zwei Monaten büsste die grösste Kryptowährung fast über 50 Prozent an Wert ein. Das Bild zeigt Passanten, die in Pristina unter einem Bitcoin-Symbol durchgehen.',
      'Kryptowährungen verlieren seit Wochen an Wert. Der Kurs von Bitcoin fiel im Januar unter 40’000 Dollar und lag damit rund 40 Prozent unter dem Rekordhoch von 69’000 Dollar vom 10. November. Jetzt geht der Sturz weiter: In der Nacht auf Samstag sind die Kurse fast aller Kryptowährungen nochmals kräftig gefallen. Laut «Coingecko» verlor Bitcoin in den letzten 24 Stunden rund acht Prozent, Ethereum über zwölf Prozent, Binance Coin etwa 16 Prozent, Cardano 14 Prozent und Solana mehr als 18 Prozent.',
    ],
    expect: [p('40’000 Dollar', 40000), p('69’000 Dollar', 69000)],
  },
];
