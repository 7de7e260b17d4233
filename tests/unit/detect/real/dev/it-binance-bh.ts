import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/it/square/post/19041858187105',
    lang: 'it',
    tags: ['cost', 'forum', 'format'],
    title: 'Riesci a immaginare quanto costa estrarre un Bitcoin?',
    blocks: [
      '1 "Costo medio di produzione"',
      'Costi di esborso in contanti:Secondo i dati del secondo trimestre 2024, per le società minerarie quotate il costo medio per produrre ciascun Bitcoin è di circa49.500Dollaro.',
      "Costo totale (compreso l'ammortamento, ecc.):Aggiungendo ammortamento e compensi in azioni, il costo medio di produzione può salire a96.100Dollaro.",
      "Costo energetico: con l'elettricità a 0,8 yuan cinesi per kWh, la bolletta mensile di una macchina da 1350W è di circa 576 yuan.",
      'Anche se il prezzo del Bitcoin è salito di recente a circa 100.000 dollari, i miner fanno i conti con margini ridotti.',
    ],
    expect: [
      c('49.500Dollaro', 49500),
      c('96.100Dollaro', 96100),
      o('0,8 yuan', 0.8, 'CNY'),
      o('576 yuan', 576, 'CNY'),
      p('100.000 dollari', 100000),
    ],
  },
  {
    url: 'https://www.binance.bh/it/square/post/36053844982554',
    lang: 'it',
    tags: ['cost', 'forum', 'format'],
    title: 'Il prezzo di Bitcoin scende sotto i costi di estrazione — I miner in rosso',
    blocks: [
      '🚨 NOTIZIE DALLA RETE: Il prezzo di Bitcoin scende sotto i costi di estrazione — I miner in rosso',
      'Con Bitcoin sceso verso ~$70,000, il prezzo è finito sotto il costo totale stimato per produrre un BTC, intorno a $87,000, e la redditività dei miner è sotto forte pressione.',
      '• Il BTC scambia ~20% sotto il costo di produzione: i prezzi attuali sono inferiori al costo totale stimato di estrazione.',
    ],
    expect: [p('$70,000', 70000), c('$87,000', 87000)],
  },
  {
    url: 'https://www.binance.bh/it/square/post/34240834562785',
    lang: 'it',
    tags: ['forum', 'format', 'label-value'],
    blocks: [
      'Previsioni rialziste (The Bulls): per Grayscale e Bernstein il Bitcoin potrebbe puntare a livelli da 140.000$ a 200.000$ in caso di rottura netta delle resistenze.',
      'Previsioni moderate: le stime di piattaforme come Binance indicano una stabilizzazione intorno a una media di 93.000$.',
      'Previsioni ribassiste (The Bears): Standard Chartered e Citi avvertono di una possibile correzione verso le aree di 65.000$ - 78.000$.',
    ],
    expect: [
      p('140.000$', 140000),
      p('200.000$', 200000),
      p('93.000$', 93000),
      p('65.000$', 65000),
      p('78.000$', 78000),
    ],
  },
];
