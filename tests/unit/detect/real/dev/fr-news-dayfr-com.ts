import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.dayfr.com/aujourd/4045475.html',
    lang: 'fr',
    tags: ['prose', 'forum', 'format'],
    title: 'Trump s’attribue le mérite des 100 000 dollars du Bitcoin',
    blocks: [
      'Le seuil symbolique a été franchi du jour au lendemain, un mois après l’élection de Donald Trump. Le Bitcoin oscillait encore autour de 69 000 $ le 5 novembre, jour du scrutin.',
      '« Félicitations aux fans de Bitcoin !!! 100 000 dollars !!! », a écrit le président élu sur Truth Social. La cryptomonnaie a atteint dans la nuit un record à 103.800,45 dollars.',
    ],
    expect: [p('69 000 $', 69000), p('100 000 dollars', 100000), p('103.800,45 dollars', 103800.45)],
  },
];
