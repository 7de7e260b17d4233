import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tio.ch/economia/dal-mondo/1350312/bitcoin-oggi-il-costo-di-produzione-e-superiore-al-valore',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin, oggi il costo di produzione è superiore al valore',
    blocks: [
      'Bitcoin, oggi il costo di produzione è superiore al valore',
      'La media mondiale è sui 4000 dollari, mentre la criptovaluta viene attualmente scambiata a 3600 dollari',
      'NEW YORK - Dopo il crollo del prezzo degli ultimi mesi, produrre Bitcoin costa più che rivenderli per tutti i produttori del mondo tranne quelli cinesi, che contano su elettricità a basso costo. Lo scrivono gli analisti di JPMorgan Chase in un rapporto.',
      'Nell’ultimo trimestre del 2018, secondo gli esperti, la media mondiale del costo per singolo Bitcoin si è fermata sui 4000 dollari, mentre ora la criptovaluta passa di mano intorno ai 3600 dollari.',
      '«I produttori cinesi invece - spiega Natasha Kaneva a Bloomberg - possono spendere molto meno, circa 2400 dollari per Bitcoin, grazie ad accordi diretti con chi vende l’elettricità in eccesso, come i produttori di alluminio».',
    ],
    expect: [
      c('4000 dollari', 4000),
      p('3600 dollari', 3600),
      c('4000 dollari', 4000),
      p('3600 dollari', 3600),
      c('2400 dollari', 2400),
    ],
  },
];
