import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.investeren24.nl/belastingregels-voor-bitcoin-in-2026-alles-wat-je-moet-weten',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Belastingregels voor bitcoin in 2026: alles wat je moet weten',
    blocks: [
      'Met het nieuwe jaar is het voor investeerders tijd om hun strategie te herzien. Veel mensen vragen zich af of ze vermogensbelasting moeten betalen over hun crypto, en dan vooral over bitcoin.',
      {
        heading: 'Belangrijke wijzigingen in het belastingplan',
        text: 'Een van de grootste aanpassingen is de verlaging van het heffingsvrije vermogen. Dat bedrag gaat van €57.684 naar €51.396 per persoon. Komt je vermogen daarboven uit, dan betaal je belasting over het meerdere.',
      },
      'Daarnaast is het fictieve rendement voor beleggingen aangepast van 5,88% naar 7,78%.',
    ],
    expect: [o('€57.684', 57684, 'EUR'), o('€51.396', 51396, 'EUR')],
  },
];
