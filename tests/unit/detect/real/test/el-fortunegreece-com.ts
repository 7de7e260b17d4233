import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fortunegreece.com/article/bitcoin-giati-i-timi-menei-stasimi-para-tis-eisroes-14-dis-dolarion-sta-etfs',
    lang: 'el',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin: Γιατί η τιμή μένει στάσιμη παρά τις εισροές 1,4 δισ. δολαρίων στα ETFs',
    blocks: [
      'Bitcoin: Γιατί η τιμή μένει στάσιμη παρά τις εισροές 1,4 δισ. δολαρίων στα ETFs',
      'Τα spot ETFs του bitcoin που είναι εισηγμένα στις ΗΠΑ επιστρέφουν στο προσκήνιο, με τους επενδυτές να τοποθετούν 1,4 δισ. δολάρια σε αυτά τις τελευταίες πέντε ημέρες. Ωστόσο, η τιμή spot του bitcoin μένει σχετικά στάσιμη (πέριξ των 70.000 δολ., με άνοδο +6% τις τελευταίες ώρες).',
    ],
    expect: [o('1,4 δισ. δολαρίων', 1.4e9), o('1,4 δισ. δολάρια', 1.4e9), p('70.000 δολ.', 70000)],
  },
];
