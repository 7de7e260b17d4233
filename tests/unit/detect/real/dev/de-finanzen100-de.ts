import { c, o, p, type RealCase } from '../labels';

// Finance news: price levels, a block reward's value, a per-coin cost range for Chinese miners (first end bare).
export const cases: RealCase[] = [
  {
    url: 'https://www.finanzen100.de/finanznachrichten/boerse/fuer-neue-bitcoins-bulgaren-klauen-strom-einer-ganzen-stadt_H1535999289_12358754/',
    lang: 'de',
    tags: ['prose', 'cost', 'anaphora'],
    title: 'Für neue Bitcoins: Bulgaren klauen Strom einer ganzen Stadt',
    blocks: [
      'Bitcoin lohnt sich – noch immer. Obwohl der Preis mit knapp 11.450 Dollar längst nicht an alte Rekorde heranreicht, kann sich das „Schürfen“ bei den richtigen Strompreisen rentieren. Zwei Bulgaren hatte das aber nicht gereicht.',
      'Die Kryptowährung Bitcoin war in diesem Jahr ein echter Gewinnbringer. Gut 60 Prozent hat der Wert der digitalen Münzen seit Jahresbeginn zugelegt. Jüngst kratzte der Preis sogar an der 12.000-Dollar-Marke und war damit so teuer wie seit über einem Jahr nicht mehr.',
      'Beim derzeitigen Kurs von 11.447 Dollar je Bitcoin lohnt es sich für Krypto-Fans, nach den Münzen zu „schürfen“. Mit jedem neuen Block erhalten die Miner 6,25 Bitcoin, umgerechnet also gut 71.500 Dollar. Etwa alle zehn Minuten wird ein neuer Block generiert.',
      {
        heading: 'Bitcoin-Mining lohnt sich nur bei geringen Stromkosten',
        text: 'Profitabel wird das Ganze nur, wenn der Strom billig genug ist. Im Juni berichtete das Wirtschaftsmagazin „Forbes“, dass die Kosten chinesischer Miner zwischen 5000 und 8500 Dollar pro Bitcoin liegen – allerdings bei einem Strompreis von 0,04 US-Cent je Kilowattstunde.',
      },
    ],
    expect: [
      p('11.450 Dollar', 11450),
      p('12.000-Dollar', 12000),
      p('11.447 Dollar je Bitcoin', 11447),
      o('71.500 Dollar', 71500),
      c('5000', 5000),
      c('8500 Dollar pro Bitcoin', 8500),
      o('0,04 US-Cent', 0.0004),
    ],
  },
];
