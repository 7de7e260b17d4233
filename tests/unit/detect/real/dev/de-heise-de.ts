import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.heise.de/news/Strom-ist-das-neue-Bitcoin-Stromverkauf-brachte-Miner-mehr-Geld-als-Schuerfen-7205052.html?wt_mc=rss.red.ho.ho.rdf.beitrag.beitrag',
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Strom ist das neue Bitcoin: Stromverkauf brachte Miner mehr Geld als Schürfen',
    blocks: [
      'Der Betreiber drosselte im Juli seine 750-Megawatt-Anlage in Rockdale, Texas, berichtete Bloomberg. Dank langfristiger Stromverträge konnte er günstig bezogenen Strom verrechnen und verdiente damit etwa 9,5 Millionen US-Dollar. Bei einem durchschnittlichen Bitcoin-Wert von 21.634 US-Dollar entspricht das rund 439 Bitcoins.',
      'Zugleich schürfte das Unternehmen im Juli 318 Bitcoins, etwa 6,88 Millionen US-Dollar wert.',
      'Die Aktie legte daraufhin um 8,4 % auf 8,40 US-Dollar zu. Trotz der Einnahmen musste Riot Blockchain 275 Bitcoins zu einem Nettoerlös von 5,7 Millionen US-Dollar verkaufen.',
    ],
    expect: [
      o('9,5 Millionen US-Dollar', 9.5e6),
      p('21.634 US-Dollar', 21634),
      o('6,88 Millionen US-Dollar', 6.88e6),
      o('8,40 US-Dollar', 8.4),
      o('5,7 Millionen US-Dollar', 5.7e6),
    ],
  },
];
