import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hs.fi/talous/art-2000007806931.html',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoinin arvo oli tiistaina kello 14.36 yli 50 300 dollaria.',
      'Bitcoinin arvo on noussut voimakkaasti maanantaista 8. helmikuuta lähtien. Tuolloin sähköautoyhtiö Tesla kertoi ostaneensa bitcoin-kryptovaluuttaa 1,5 miljardilla dollarilla.',
      'Kryptovaluutta bitcoin on ylittänyt ensimmäistä kertaa historiassa 50 000 dollarin rajapyykin.',
      '”Kryptokuningas on ylittänyt ensimmäistä kertaa 50 000 rajan”, sanoi välittäjäyhtiö AvaTraden analyytikko Naeem Aslam uutistoimisto AFP:n mukaan.',
      'Kryptovaluutalle tyypillistä arvonheiluntaa kuvaa hyvin se, että kello 16.15 sen arvo oli taas pudonnut noin 48 900 dollariin.',
      'Aslamin mielestä bitcoinin arvonheilunta on luonnollista. Hän uskoo arvonnousun kuitenkin jatkuvan pitkällä aikavälillä kohti tavoitetta, 100 000 dollaria.',
      'Ilmoitus nosti jyrkästi bitcoinin hintaa, sillä ennen ilmoitusta bitcoinin arvo oli alle 40 000 dollaria.',
    ],
    expect: [
      p('50 300 dollaria', 50300),
      o('1,5 miljardilla dollarilla', 1.5e9),
      p('50 000 dollarin', 50000),
      p('50 000', 50000),
      p('48 900 dollariin', 48900),
      p('100 000 dollaria', 100000),
      p('40 000 dollaria', 40000),
    ],
  },
];
