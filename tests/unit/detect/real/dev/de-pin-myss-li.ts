import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pin.myss.li/bitcoin-btc-droht-eine-erneute-kurs-korrektur-163604',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin (BTC): Droht eine erneute Kurs-Korrektur?',
    blocks: [
      'Der Kurs der Krypto-Leitwährung Bitcoin (BTC) beißt sich momentan an der 30.000 US-Dollar Marke die Zähne aus. Am vergangenen Wochenende scheiterte der BTC-Kurs erneut an dieser psychologischen Widerstandsmarke und rutschte zu Wochenbeginn bis an das Unterstützungslevel zwischen 27.995 US-Dollar und 27.679 US-Dollar ab. Solange der Bitcoin-Kurs sich jedoch per Tagesschlusskurs oberhalb des letzten Verlaufstiefs um 27.000 US-Dollar halten kann, kann die Käuferseite jederzeit zu einem neuen Angriff blasen.',
      'Article Categories:',
      'Neuigkeiten',
    ],
    expect: [
      p('30.000 US-Dollar', 30000),
      p('27.995 US-Dollar', 27995),
      p('27.679 US-Dollar', 27679),
      p('27.000 US-Dollar', 27000),
    ],
  },
];
