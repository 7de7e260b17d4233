import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptovert.net/quali-sono-i-costi-per-fare-mining-di-bitcoin',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Quali sono i costi per fare mining di Bitcoin',
    blocks: [
      'Di recente è stata pubblicata una ricerca che stima, nazione per nazione, il costo medio di estrazione di 1 Bitcoin.',
      'Dato che 1 BTC ha un valore di mercato di circa 60.000$, tutti i Paesi in cui il costo medio di estrazione di un Bitcoin è inferiore sono luoghi in cui si può minare con profitto.',
      { text: 'I costi del mining di Bitcoin per Paese', heading: 'Costi per Paese' },
      'Per esempio in Libia il costo di estrazione medio per singolo BTC è di soli 5.300$, contro i 39.700$ della Russia.',
      "Anche in Nigeria i costi sono contenuti (9.200$), ma il costo più basso in assoluto sembra quello dell'Iran, con soli 1.300$.",
      "Tra i primi dieci paesi più economici ci sono anche l'Etiopia (meno di 2.000$), il Sudan, la Siria e Cuba (meno di 4.000$), l'Angola e il Kirghizistan (8.600$), e il Bhutan (9.900$).",
      'Nel piccolo Paese asiatico è lo Stato stesso a minare, tanto da aver già accumulato 780 milioni di dollari in BTC.',
    ],
    expect: [
      p('60.000$', 60000),
      c('5.300$', 5300),
      c('39.700$', 39700),
      c('9.200$', 9200),
      c('1.300$', 1300),
      c('2.000$', 2000),
      c('4.000$', 4000),
      c('8.600$', 8600),
      c('9.900$', 9900),
      o('780 milioni di dollari', 780e6),
    ],
  },
];
