import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.egear.be/tesla-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Tesla koopt $1,5 miljard bitcoin',
    blocks: [
      'Tesla koopt $1,5 miljard bitcoin en heeft het plan opgevat om het in de toekomst te aanvaarden als betaalmiddel.',
      'Uit een document dat Tesla aan de Amerikaanse beurswaakhond SEC bezorgde, blijkt dat het bedrijf vorige maand $1,5 miljard bitcoin gekocht heeft. Na het bekendmaken van het nieuws steeg de bitcoin-koers van 39.000$ naar 44.000$.',
      'Het achterliggende idee is dat Tesla de cash die het niet onmiddellijk nodig heeft gaat beleggen in alternatieve investeringen zoals goud, goudaandelen, bitcoin of andere alternatieve munten.',
    ],
    expect: [o('$1,5 miljard', 1.5e9), o('$1,5 miljard', 1.5e9), p('39.000$', 39000), p('44.000$', 44000)],
  },
];
