import { o, type RealCase } from '../labels';

// Hobby blogger on a Bitaxe solo miner: the euro value of a whole block reward, next to BTC counts and hashrates.
export const cases: RealCase[] = [
  {
    url: 'https://goneuland.de/?p=20067',
    lang: 'de',
    tags: ['forum', 'prose'],
    blocks: [
      'Ich habe mir vor kurzem einen Bitaxe GAMMA Miner gekauft und erzähle euch hier, warum ich ihn technisch so spannend finde. Miner stellen Rechenleistung bereit, lösen komplexe Rätsel und hängen neue Blöcke an die Blockchain. Als Belohnung gibt es frisch geschaffene Bitcoins – aktuell 3,125 BTC pro Block (etwa 300.000 Euro beim derzeitigen Kurs).',
      'Die aktuelle Hashrate des Bitcoin-Netzwerks liegt bei etwa 920 EH/s. Mit durchschnittlich 144 Blöcken pro Tag ergibt sich für einen einzelnen BitAxe (1,3 TH/s) eine Chance von 0,000020 % pro Tag.',
    ],
    expect: [o('300.000 Euro', 300000, 'EUR')],
  },
];
