import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.techzine.nl/nieuws/119109/bitcoin-jaar-verantwoordelijk-bijna-1-procent-wereldwijd-stroomverbruik.html',
    lang: 'nl',
    tags: ['cost', 'anaphora'],
    title: 'Bitcoin dit jaar verantwoordelijk voor bijna 1 procent wereldwijd stroomverbruik',
    blocks: [
      '3.000 tot 7.000 dollar',
      'Bitcoin minen is daarmee allesbehalve goedkoop. Volgens de analist kost het minen van een bitcoin 3.000 tot 7.000 dollar aan stroom, afhankelijk van het land van waaruit je het doet.',
      {
        heading: 'Explosief jaar',
        text: 'Begin 2017 was de munt nog maar zo’n 700 dollar waard. Aan het eind van het jaar piekte de koers op bijna 20.000 dollar. Inmiddels is de waarde flink gezakt en kost een individuele bitcoin 13.427 dollar.',
      },
    ],
    expect: [
      c('3.000', 3000),
      c('7.000 dollar', 7000),
      c('3.000', 3000),
      c('7.000 dollar', 7000),
      p('700 dollar', 700),
      p('20.000 dollar', 20000),
      p('13.427 dollar', 13427),
    ],
  },
  {
    url: 'https://www.techzine.nl/nieuws/101642/waarde-bitcoin-weer-1-000-dollar.html',
    lang: 'nl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Waarde Bitcoin weer boven 1.000 dollar',
    blocks: [
      'Voor het eerst in drie jaar is de virtuele valuta Bitcoin weer meer dan duizend dollar waard. De vorige keer dat de waarde boven de 1.000 dollar lag, was in 2014.',
      'Op moment van schrijven staat de Bitcoin op 1.020 dollar, ofwel 954 euro voor één Bitcoin.',
      'In november 2013 beleefde de Bitcoin zijn absolute top, toen een individuele Bitcoin meer dan 1.200 dollar waard was. Na een dieptepunt in 2015 van 220 dollar nam de waarde gestaag toe.',
    ],
    expect: [
      p('duizend dollar', 1000),
      p('1.000 dollar', 1000),
      p('1.020 dollar', 1020),
      p('954 euro', 954, 'EUR'),
      p('1.200 dollar', 1200),
      p('220 dollar', 220),
    ],
  },
  {
    url: 'https://www.techzine.nl/nieuws/104290/bitcoin-nu-meer-waard-dan-goud.html',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin nu meer waard dan goud',
    blocks: [
      'De Bitcoin is nu meer waard dan goud, voor het eerst in de geschiedenis van de digitale munt. Op moment van schrijven is een Bitcoin 1.205,46 euro waard, terwijl een troy ounce goud 1.165,75 euro kost.',
    ],
    expect: [p('1.205,46 euro', 1205.46, 'EUR'), o('1.165,75 euro', 1165.75, 'EUR')],
  },
  {
    url: 'https://www.techzine.nl/nieuws/118871/ethereum-eerst-meer-dan-1000-dollar-waard.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Ethereum voor het eerst meer dan 1000 dollar waard',
    blocks: [
      'Op verschillende beurzen gaat ethereum voor het eerst van de hand voor meer dan 1000 dollar (830 euro). De totale marktwaarde van ethereum is meer dan 100 miljard dollar, bij een voorraad van zo’n 96,8 miljoen stuks.',
      'De ripple is de afgelopen maand erg gewild: 30 dagen geleden kostte die munt nog geen 25 dollarcent, nu ongeveer 3,50 dollar.',
      'De bitcoin is de grootste munt, maar groeit minder hard dan een maand eerder. Momenteel is hij meer dan 16.000 dollar waard, een grens die een paar dagen niet werd gehaald.',
      'Er zijn ook munten die meer kosten dan ethereum. Bitcoin cash, de nummer vier, kost rond de 2.450 dollar. Voor de dash betaal je ongeveer 1.255 dollar.',
    ],
    expect: [
      o('1000 dollar', 1000),
      o('830 euro', 830, 'EUR'),
      o('100 miljard dollar', 100e9),
      o('25 dollarcent', 0.25),
      o('3,50 dollar', 3.5),
      p('16.000 dollar', 16000),
      o('2.450 dollar', 2450),
      o('1.255 dollar', 1255),
    ],
  },
];
