import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.standaard.be/cnt/dmf20210219_97549321',
    lang: 'nl',
    tags: ['format', 'prose'],
    blocks: [
      'Vrijdag steeg de totale marktwaarde van alle bitcoins voor het eerst boven 1 biljoen dollar, ofwel 1.000 miljard dollar (zo’n 828 miljard euro). Ter vergelijking: Tesla is ‘slechts’ 700 miljard dollar waard, Apple wel 2.000 miljard.',
      'Eerder deze week ging de koers van de cryptomunt voor het eerst over de drempel van 50.000 dollar. Vrijdag was dat al 54.000 dollar. Sinds januari is de marktwaarde van alle bitcoins samen met ruim 415 miljard dollar gestegen.',
      'Eerder deze maand meldde Tesla dat het voor 1,5 miljard dollar aan bitcoins had gekocht.',
    ],
    expect: [
      o('1 biljoen dollar', 1e12),
      o('1.000 miljard dollar', 1e12),
      o('828 miljard euro', 828e9, 'EUR'),
      o('700 miljard dollar', 700e9),
      o('2.000 miljard', 2e12),
      p('50.000 dollar', 50000),
      p('54.000 dollar', 54000),
      o('415 miljard dollar', 415e9),
      o('1,5 miljard dollar', 1.5e9),
    ],
  },
];
