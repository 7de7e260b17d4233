import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tech.everyeye.it/notizie/bitcoin-volata-supera-franco-svizzero-13esima-valuta-mondo-547928.html',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin in volata: supera il Franco Svizzero ed è la 13esima valuta del mondo',
    blocks: [
      'Il nuovo record ha lanciato la criptovaluta in una vera volata: la moneta virtuale ha sorpassato il Franco Svizzero per capitalizzazione.',
      'Mentre scriviamo, il Bitcoin passa di mano a 64.899,31 Dollari, +0,76% in 24 ore, mentre Ethereum sale del 6,79% a 4.209,16 Dollari, +12,88% sulla settimana.',
    ],
    expect: [p('64.899,31 Dollari', 64899.31), o('4.209,16 Dollari', 4209.16)],
  },
];
