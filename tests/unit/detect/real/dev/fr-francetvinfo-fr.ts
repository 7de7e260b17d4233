import { o, p, type RealCase } from '../labels';

// French public-radio site: investor testimonies; the peak is given for "la plus célèbre des monnaies virtuelles",
// then tiny euro sums a first-time buyer put in (and a bare "40" with no currency).
export const cases: RealCase[] = [
  {
    url: 'https://www.francetvinfo.fr/economie/bitcoin/il-ne-faut-pas-etre-cardiaque-au-quotidien-ceux-qui-ont-investi-dans-le-bitcoin-prennent-cher_2608726.html',
    lang: 'fr',
    tags: ['forum', 'anaphora', 'prose'],
    blocks: [
      "Le Livret A et son taux à 0,75% ? Sarah, Baptiste et Mathias ne mangent pas de ce pain-là. Tous les trois ont investi dans le bitcoin et d'autres cryptomonnaies ces derniers mois. Un périple financier qui n'est pas de tout repos : après s'être envolé jusqu'à environ 17 000 euros à la fin décembre, le cours de la plus célèbre des monnaies virtuelles a vu sa valeur divisée par trois début février.",
      {
        text: 'Lassée de se sentir "un peu bête" quand ses collègues parlaient de monnaies virtuelles, elle finit par se rendre à la fin 2016 sur un forum spécialisé pour suivre un tutoriel expliquant comment acheter du bitcoin sur Coinbase. "J\'ai dû acheter l\'équivalent de 3 euros la première fois, puis je suis passée à autre chose."',
        heading: "Sarah : \"J'ai les boules, mais j'ai toujours gagné plus qu'avec mon Livret A\"",
      },
      {
        text: "Je me suis reconnectée sur Coinbase après quelques mois, et mes 3 euros en valaient désormais 40 ! Je me suis dit : 'Wow, mon PEL ou mon Livret A n'ont jamais fait un truc comme ça.'",
        heading: "Sarah : \"J'ai les boules, mais j'ai toujours gagné plus qu'avec mon Livret A\"",
      },
    ],
    expect: [p('17 000 euros', 17000, 'EUR'), o('3 euros', 3, 'EUR'), o('3 euros', 3, 'EUR')],
  },
];
