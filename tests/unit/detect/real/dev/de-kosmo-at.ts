import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kosmo.at/krypto-absturz-bitcoin-verliert-22-000-euro-seit-rekordstand/',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Krypto-Absturz: Bitcoin verliert 22.000 Euro seit Rekordstand',
    blocks: [
      'Die digitale Leitwährung erlebt turbulente Zeiten: Nach dem Rekordstand von über 105.000 Euro im Jänner 2025 befindet sich Bitcoin nun im Abwärtstrend.',
      'Der aktuelle Bitcoin-Kurs liegt am 14.11.2025 bei 83.253,98 Euro und verzeichnet damit einen Rückgang von 7,31 Prozent gegenüber dem Vortag, als der Wert noch bei 89.341,11 Euro stand.',
      'An Handelsplätzen wird Bitcoin unter dem Kürzel BTC geführt, wobei der erste Wechselkurs bei lediglich 0,08 US-Cent lag.',
    ],
    expect: [
      p('105.000 Euro', 105000, 'EUR'),
      p('83.253,98 Euro', 83253.98, 'EUR'),
      p('89.341,11 Euro', 89341.11, 'EUR'),
      p('0,08 US-Cent', 0.0008),
    ],
  },
];
