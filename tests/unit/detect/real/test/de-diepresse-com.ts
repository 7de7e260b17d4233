import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.diepresse.com/5967372/auf-den-bitcoin-rekord-folgen-die-altcoins?from=rss',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Auf den Bitcoin-Rekord folgen die Altcoins',
    blocks: [
      'Die Spaßwährung Dogecoin hat sich binnen weniger Tage vervielfacht, auch andere Kryptowährungen steigen.',
      'Dogecoin war eigentlich als Parodie auf Kryptowährungen gedacht. Binnen einer Woche hat sich der Kurs der auch von Tesla-Chef Elon Musk gehypten digitalen Münze versechsfacht. Noch am Samstag war Dogecoin mit einem Marktwert von zeitweise über 40 Mrd. Dollar die siebtgrößte Kryptowährung.',
      '9000 Kryptowährungen gibt es laut der Plattform Coinmarketcap.com. Zusammen kommen sie auf einen Marktwert von 2,2 Billionen Dollar, mehr als die Hälfte davon entfällt auf Bitcoin, die älteste und größte digitale Devise. Die maximale Zahl ist mit 21 Millionen begrenzt. Der Preis für ein Bitcoin hat sich seit Dezember verdreifacht und vorige Woche zum Börsengang der Kryptobörse Coinbase ein Rekordhoch von 64.000 Dollar erreicht, bevor er wieder etwas nachgab.',
    ],
    expect: [
      o('40 Mrd. Dollar', 40000000000),
      o('2,2 Billionen Dollar', 2200000000000),
      p('64.000 Dollar', 64000),
    ],
  },
];
