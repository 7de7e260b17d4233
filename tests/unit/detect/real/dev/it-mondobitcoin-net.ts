import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mondobitcoin.net/quanto-costa-estrarre-1-bitcoin/',
    lang: 'it',
    tags: ['cost', 'prose', 'format'],
    title: 'Quanto costa estrarre 1 Bitcoin?',
    blocks: [
      'In un recente rapporto la banca d’investimento JPMorgan stima che il costo di produzione per estrarre un Bitcoin sia sceso da $ 24.000 all’inizio di giugno a soli $ 13.000.',
      'Il costo di produzione di Bitcoin stima il costo medio per estrarre un Bitcoin al giorno. Dipende soprattutto dall’elettricità che i minatori pagano per far girare le macchine, ma non solo.',
      'Secondo la banca di New York, il minimo di Bitcoin potrebbe benissimo essere di $ 13.000, un calo del 45% rispetto ai prezzi odierni.',
      'Altre metriche però dipingono un quadro un po’ diverso. Secondo i dati di MacroMicro, ad esempio, il costo di produzione resta poco sopra i $ 17.700.',
    ],
    expect: [c('$ 24.000', 24000), c('$ 13.000', 13000), p('$ 13.000', 13000), c('$ 17.700', 17700)],
  },
];
