import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://accountantweek.nl/artikel/bitcoin-voor-het-eerst-duurder-dan-goud',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin voor het eerst duurder dan goud',
    blocks: [
      'Bitcoin voor het eerst duurder dan goud',
      'Door zijn enorme populariteit is de virtuele munt bitcoin de afgelopen dagen voor het eerst duurder geworden dan goud. De bitcoin is gewild door een grote vraag uit China en door verwachtingen over soepelere regels in de Verenigde Staten.',
      'De bitcoin was vrijdagochtend ongeveer 1275 dollar waard, terwijl voor een troy ounce goud (circa 31 gram) 1228 dollar moest worden neergeteld. Donderdag bereikte de bitcoin met 1293 dollar zijn hoogste waarde ooit.',
    ],
    expect: [p('1275 dollar', 1275), o('1228 dollar', 1228), p('1293 dollar', 1293)],
  },
];
