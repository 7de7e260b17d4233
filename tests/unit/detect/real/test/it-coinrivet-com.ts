import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinrivet.com/it/mosques-in-iran-utilise-free-energy-to-mine-260k-worth-of-bitcoin-per-year',
    lang: 'it',
    tags: ['prose', 'format'],
    title: "Le moschee in Iran utilizzano energia libera per estrarre $260k di Bitcoin all'anno",
    blocks: [
      "Le moschee in Iran utilizzano energia libera per estrarre $260k di Bitcoin all'anno. I minatori iraniani iniziano a usare l'energia gratuita data alle moschee per estrarre criptovaluta.",
      'In Iran ci sarebbero 100 minatori nelle moschee del paese, con un reddito annuo stimato di circa 260.000 dollari.',
      'Ad aprile Reuters ha riferito che ai cittadini iraniani era vietato detenere oltre 10.000 euro fuori dalle banche.',
    ],
    expect: [o('$260k', 260000), o('260.000 dollari', 260000), o('10.000 euro', 10000, 'EUR')],
  },
];
