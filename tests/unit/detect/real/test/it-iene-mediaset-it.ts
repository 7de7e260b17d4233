import { o, p, type RealCase } from '../labels';

// TV-show news: a range "dagli 8.000 dollari ... ai quasi 60.000" whose second end has no currency (unlabelled), totals in millions.
export const cases: RealCase[] = [
  {
    url: 'https://www.iene.mediaset.it/2021/news/bitcoin-cosa-sono-rischi_1029945.shtml',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin: cosa sono, come funzionano, i rischi e chi si arricchisce (tanto)',
    blocks: [
      'Avere 8 milioni di euro in due “aggeggini” e allo stesso tempo non averli. Matteo Viviani parte da questo paradosso di una donna per tornare a parlarci dopo tre anni di Bitcoin.',
      'Non possono essere stampati a volontà ma sono una risorsa limitata, come l’oro. E come l’oro, in quanto bene rifugio, hanno visto il valore crescere ancora di più in un momento di crisi come questo della pandemia. Siamo passati dagli 8.000 dollari del 15 aprile 2018 ai quasi 60.000 di oggi per un Bitcoin.',
      'In America sono entrati nei salotti finanziari che contano, come nel caso recente di Elon Musk e Tesla, che due mesi fa ha annunciato l’acquisto di Bitcoin per 1,5 miliardi di dollari.',
    ],
    expect: [
      o('8 milioni di euro', 8e6, 'EUR'),
      p('8.000 dollari', 8000),
      o('1,5 miliardi di dollari', 1.5e9),
    ],
  },
];
