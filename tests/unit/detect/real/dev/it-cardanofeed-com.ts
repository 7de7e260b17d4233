import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cardanofeed.com/xrp-ripple-scalzato-dalla-classifica-dominata-da-bitcoin-283',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'XRP (Ripple) scalzato dalla classifica dominata da Bitcoin',
    blocks: [
      'Ieri è successo qualcosa di potenzialmente storico sui mercati crypto: XRP (Ripple) è stato scalzato dal terzo posto della classifica delle criptovalute per capitalizzazione, dominata da Bitcoin.',
      {
        text: 'Prima della vittoria elettorale di Trump, a fine ottobre 2024, il prezzo di XRP era attorno agli 0,5$, ma con la sua vittoria e la fine della linea anti-crypto della SEC è balzato di colpo a 2,7$.',
        heading: 'L’andamento del prezzo di XRP',
      },
      'Da dicembre 2024 è iniziata una lunga lateralizzazione volatile, che non gli ha permesso di salire sopra i 3,6$ ma nemmeno di scendere sotto gli 1,7$. Esclusi i picchi temporanei, si è mosso tra 2$ e 3,3$.',
    ],
    expect: [o('0,5$', 0.5), o('2,7$', 2.7), o('3,6$', 3.6), o('1,7$', 1.7), o('2$', 2), o('3,3$', 3.3)],
  },
];
