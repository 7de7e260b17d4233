import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.welingelichtekringen.nl/economie/waarom-cryptomunten-nu-ineens-weer-omhoog-knallen',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarom cryptomunten nu ineens weer omhoog knallen',
    blocks: [
      'Waarom cryptomunten nu ineens weer omhoog knallen',
      'De afgelopen week zakte de koers van bitcoin hard. Voor het eerst in maanden was een bitcoin minder dan 80.000 dollar waard. Binnen een paar uur schoot de waarde vandaag echter weer omhoog tot boven de 95.000 dollar. Wat is er aan de hand?',
      'Trump heeft aangekondigd dat de Verenigde Staten een strategische cryptoreserve gaan aanleggen. Volgens hem worden eerst xrp (ripple), solana en cardano gekocht; de koersen van die munten stegen dan ook het hardst, met 20 tot 50 procent. Later komen bitcoin en ether erbij.',
    ],
    expect: [p('80.000 dollar', 80000), p('95.000 dollar', 95000)],
  },
  {
    url: 'https://www.welingelichtekringen.nl/economie/3202805/inval-bij-new-yorks-echtpaar-beslag-op-315-miljard-euro-aan-bitcoin.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Inval bij New Yorks echtpaar: beslag op 3,15 miljard euro aan bitcoin',
    blocks: [
      'De politie in New York heeft beslag gelegd op een recordbedrag van 3,6 miljard dollar, omgerekend 3,15 miljard euro, aan cryptomunten. Het echtpaar dat de bitcoin zou hebben gestolen na een hack van een groot cryptoplatform, is opgepakt.',
      'De hack van cryptobeurs Bitfinex in 2016 was de grootste ooit. Toen waren de cryptomunten al 71 miljoen dollar waard. Sindsdien is de waarde vele malen groter geworden.',
    ],
    expect: [
      o('3,6 miljard dollar', 3.6e9),
      o('3,15 miljard euro', 3.15e9, 'EUR'),
      o('71 miljoen dollar', 71e6),
    ],
  },
  {
    url: 'https://www.welingelichtekringen.nl/economie/4345825/miljardenschikking-in-aantocht-voor-cryptobeurs-binance-cz-moet-het-veld-ruimen.html',
    lang: 'nl',
    tags: ['prose'],
    title: 'Miljardenschikking in aantocht voor cryptobeurs Binance, CZ moet het veld ruimen',
    blocks: [
      "Opnieuw ligt de oprichter van een groot cryptoplatform onder vuur. Na ex-FTX-topman Sam Bankman-Fried moet nu Changpeng Zhao ('CZ') bij Binance het veld ruimen.",
      'Om te voorkomen dat na FTX ook Binance omvalt, stuurt de VS volgens bronnen aan op een schikking van 4,3 miljard dollar, omgerekend bijna 4 miljard euro. In de deal zal Zhao volgens The Wall Street Journal schuld bekennen en opstappen als topman.',
    ],
    expect: [o('4,3 miljard dollar', 4.3e9), o('4 miljard euro', 4e9, 'EUR')],
  },
];
