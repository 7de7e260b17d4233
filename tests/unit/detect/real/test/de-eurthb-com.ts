import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://eurthb.com/?p=259404',
    lang: 'de',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Die Rentabilität des Bitcoin-Minings ist auf einen strukturellen Tiefstand gesunken. Der Hashpreis, die zentrale Kennzahl für die Einnahmen der Miner, ist von 55 US-Dollar pro Petahash pro Sekunde (PH/s) im dritten Quartal auf 35 US-Dollar PH/s Ende 2024 abgestürzt. Am 21. November 2024 fiel er unter 35 $ PH/s, ein Rekordtief. Jetzt liegt er bei etwa 38,3 US-Dollar PH/s pro Tag, gefährlich nahe an der Gewinnschwelle von 40 US-Dollar PH/s.',
    ],
    expect: [
      o('55 US-Dollar', 55),
      o('35 US-Dollar', 35),
      o('35 $', 35),
      o('38,3 US-Dollar', 38.3),
      o('40 US-Dollar', 40),
    ],
  },
  {
    url: 'https://eurthb.com/der-40-000-dollar-abstieg-von-bitcoin-der-traum-eines-baeren-oder-der-albtraum-eines-haendlers-%f0%9f%90%8d%f0%9f%92%b8',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Der 40.000-Dollar-Abstieg von Bitcoin: Der Traum eines Bären oder der Albtraum eines Händlers?',
    blocks: [
      'Der 40.000-Dollar-Abstieg von Bitcoin: Der Traum eines Bären oder der Albtraum eines Händlers? 🐍💸',
      'Ein Krypto-Gelehrter namens Stockmoney Lizards hat eine Karte der Verzweiflung gezeichnet – ein Diagramm, auf dem der Preis von Bitcoin wie ein in einen Brunnen geworfener Stein abstürzt und ein 40.000-Dollar-Grab verspricht.',
    ],
    expect: [p('40.000-Dollar', 40000), p('40.000-Dollar', 40000)],
  },
];
