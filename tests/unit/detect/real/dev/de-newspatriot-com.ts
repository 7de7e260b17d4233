import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newspatriot.com/blockchain/bitcoin/bitcoin-etfs-verlieren-ein-vermoegen-aber-der-kurs-steigt',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Der Bitcoin (BTC)-Kurs hat gestern kräftig zugelegt, doch überraschenderweise mussten die amerikanischen Spot-ETFs Kapitalabflüsse hinnehmen. Während sich der Kurs wieder über die 98.000-Dollar-Marke gekämpft hat, gaben die Bitcoin-Fonds über 300 Millionen Dollar ab.',
      'Schlechtester Tag für BTC-Fonds seit Langem',
      'Gestern verloren die elf an US-Börsen gelisteten Bitcoin-Fonds zusammen 364,8 Millionen Dollar an Kapital, wie Daten von Farside Investors zeigen. Das ist das schwächste Ergebnis seit dem 27. Februar, als 457,6 Millionen Dollar aus den Fonds abflossen.',
      'Bemerkenswert ist diese Kapitalflucht, weil der Bitcoin-Kurs gestern eigentlich einen guten Tag hatte. Die 98.000-Dollar-Grenze wurde endlich wieder durchbrochen. Bitcoin startete bei 97.000 Dollar in den Tag und erreichte am Abend – als die US-Börsen noch geöffnet waren – ein Hoch von 98.700 Dollar.',
      'Die börsengehandelten Produkte erleben derzeit eine ihrer schwächsten Phasen seit dem Start im Januar letzten Jahres. Bislang summiert sich das Minus der Fonds in diesem Monat auf satte 866 Millionen Dollar.',
      'Besonders stark traf es BlackRocks IBIT-Fonds mit einem Abfluss von 112 Millionen Dollar. Aber auch der ARKB-Fonds von ARK Invest und 21Shares sowie Fidelitys FBTC verzeichneten hohe Abflüsse von 98,3 Millionen beziehungsweise 88,2 Millionen Dollar.',
      'Bitcoin-Kurs nähert sich der 100.000-Dollar-Marke',
    ],
    expect: [
      p('98.000-Dollar', 98000),
      o('300 Millionen Dollar', 300000000),
      o('364,8 Millionen Dollar', 364800000),
      o('457,6 Millionen Dollar', 457600000),
      p('98.000-Dollar', 98000),
      p('97.000 Dollar', 97000),
      p('98.700 Dollar', 98700),
      o('866 Millionen Dollar', 866000000),
      o('112 Millionen Dollar', 112000000),
      o('98,3 Millionen', 98300000),
      o('88,2 Millionen Dollar', 88200000),
      p('100.000-Dollar', 100000),
    ],
  },
];
