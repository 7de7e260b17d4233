import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://it.ihodl.com/infographics/2018-02-01/quanto-costa-minare-1-bitcoin-mining-grafico',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Quanto costa minare 1 bitcoin nel mondo',
    blocks: [
      "La febbre del mining si è diffusa ovunque. Ma la redditività di questa attività dipende in larga misura dal costo dell'elettricità.",
      "Il Venezuela è il paese più economico (e redditizio) per minare bitcoin. Qui il costo medio dell'energia elettrica per minare un bitcoin è di soli 531 dollari. A Trinidad e Tobago questa operazione costa 1.190 dollari, mentre in Uzbekistan bisogna spendere 1.788 dollari.",
    ],
    expect: [c('531 dollari', 531), c('1.190 dollari', 1190), c('1.788 dollari', 1788)],
  },
];
