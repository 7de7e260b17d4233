import { p, type RealCase } from '../labels';

// French savings site on a 2021 sell-off: "50 000 $" repeated as a psychological threshold, one inside a quote,
// and a company's average purchase price per coin ("57 477 dollars par bitcoin").
export const cases: RealCase[] = [
  {
    url: 'https://www.mon-livret.fr/le-bitcoin-ne-cesse-de-chuter-et-passe-sous-la-barre-des-48-000-dollars.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin ne cesse de chuter et passe sous la barre des 48 000 dollars',
    blocks: [
      'Le prix du bitcoin n’a cessé de baisser, incapable de garder les gains repris après le krach du week-end dernier. Il s’est échangé sous le niveau de 50 000 $ et a même chuté au-delà de 48 000 $.',
      'La plupart des analystes voient les 50 000 $ comme un point crucial. Ne pas réussir à repasser et rester au-dessus de 50 000 $ pourrait annoncer d’autres baisses d’ici la fin de l’année. Selon un administrateur du Crypto Finance Group, « 50 000 $ est certainement un niveau psychologique important, mais il n’y a pas de soutien fort des acteurs du marché à ce niveau ».',
      'Les haussiers restent nombreux : MicroStrategy a récemment acheté 1 434 bitcoins supplémentaires pour environ 57 477 dollars par bitcoin.',
    ],
    expect: [
      p('50 000 $', 50000),
      p('48 000 $', 48000),
      p('50 000 $', 50000),
      p('50 000 $', 50000),
      p('50 000 $', 50000),
      p('57 477 dollars', 57477),
    ],
  },
];
