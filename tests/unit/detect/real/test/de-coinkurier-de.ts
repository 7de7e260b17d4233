import { o, p, type RealCase } from '../labels';

const url = 'https://www.coinkurier.de/bitcoins-preisverfall-stuerzt-viele-miner-in-die-krise/';
const title = 'Bitcoins Preisverfall stürzt viele Miner in die Krise';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Spekulanten sind nicht die einzigen, die unter dem aktuellen Bitcoin (BTC)-Preis von rund 4.500 US-Dollar leiden. Auch die Miner, die mit ihren hochspezialisierten Schürfgeräten das Netzwerk sichern, wurden von dem Preissturz am Montag hart getroffen.',
      'Wie die in Hongkong ansässige South China Morning Post (SCMP) heute berichtete, sind viele Schürfgeräte aktuell nicht mehr profitabel. Der Preis für Lagerung und Elektrizität wird durch die gewonnenen BTC also nicht mehr gedeckt.',
      'Der in Peking ansässige große Miningpool F2Pool habe am Mittwoch unter anderem den Antminer S7 und den Antminer S9 des Marktführers Bitmain, sowie den AvalonMiner 741 des Konkurrenten Canaan als zu ineffizient für die jetzige Marktlage eingestuft. Dabei wurde ein Strompreis von 0,4 Yuan (0.05 Euro) pro Kilowattstunde (kWh) vorausgesetzt. Zum Vergleich: In Deutschland liegt der Strompreis durchschnittlich etwa bei 30 Cent pro kWh.',
    ],
    expect: [
      p('4.500 US-Dollar', 4500),
      o('0,4 Yuan', 0.4, 'CNY'),
      o('0.05 Euro', 0.05, 'EUR'),
      o('30 Cent', 0.3, 'EUR'),
    ],
  },
];
