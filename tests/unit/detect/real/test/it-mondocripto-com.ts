import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mondocripto.com/?p=1371',
    lang: 'it',
    tags: ['cost', 'format', 'prose'],
    title: 'Minare Bitcoin in Italia costa 208.560$',
    blocks: [
      'Produrre un singolo Bitcoin (BTC) può costare molto diversamente a seconda del Paese. In Italia servono circa 208.560$, in Libano appena 266$!',
      '“Il costo medio dell’elettricità domestica per minare 1 BTC è di 46.291,24$, ovvero il 35% in più rispetto al prezzo medio giornaliero di 1 BTC a luglio 2023 (30.090,08$).”',
      "Secondo il report l'Italia è il Paese più caro per minare Bitcoin: per un singolo BTC servono ben 208.560$. Seguono Austria (184.352$) e Belgio (172.382$).",
      "All'opposto c'è il Libano, dove si genera un BTC spendendo appena 266$. Poi l'Iran, con un costo di produzione di 532$ per Bitcoin.",
    ],
    expect: [
      c('208.560$', 208560),
      c('266$', 266),
      c('46.291,24$', 46291.24),
      p('30.090,08$', 30090.08),
      c('208.560$', 208560),
      c('184.352$', 184352),
      c('172.382$', 172382),
      c('266$', 266),
      c('532$', 532),
    ],
  },
];
