import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://key4biz.it/mining-criptovalute-conviene-piu-estrarre-bitcoin-nel-mondo/amp',
    lang: 'it',
    tags: ['cost', 'anaphora'],
    title: 'Mining criptovalute, dove conviene di più estrarre bitcoin nel mondo?',
    blocks: [
      'Mining criptovalute, dove conviene di più estrarre bitcoin nel mondo?',
      'Per tagliare i costi e guadagnare di più, i minatori di criptovalute girano il mondo in cerca dell’energia più economica; di recente in molti si sono spostati in Islanda, ricca di energia idroelettrica.',
      'Qual è allora il posto più economico per estrarre bitcoin? Secondo una ricerca di Elite Fixtures, il costo di estrazione di un bitcoin cambia molto da paese a paese, da un minimo di 531 dollari a un massimo di 26.170 dollari.',
    ],
    expect: [c('531 dollari', 531), c('26.170 dollari', 26170)],
  },
];
