import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://goldbars.ro/blog/de-ce-bitcoin-este-limitat-si-ce-este-halvingul',
    lang: 'ro',
    tags: ['widget', 'prose', 'format', 'anaphora'],
    title: 'De ce Bitcoin este limitat și ce este halvingul',
    blocks: [
      'Aur\n588,63 lei\n(2.45%)\nArgint\n7,32 lei\n(3.21%)\nPlatină\n219,48 lei\n(0.99%)\nPaladiu\n198,61 lei\n(0.77%)',
      'Primii ani ai Bitcoin au adus o adopție lentă și un preț infim. O anecdotă celebră spune că în mai 2010 un programator a dat 10.000 BTC pe două pizza – prima tranzacție comercială în Bitcoin, care atunci valorau doar ~$41.',
      'Un deceniu mai târziu, aceeași cantitate de BTC ar fi valorat peste 500 de milioane de dolari. Bitcoin a trecut prin mai multe cicluri de boom și crash: de la câțiva cenți în 2009 la ~$30 în 2011, apoi până la ~$1.200 în 2013, $20.000 în 2017 și un maxim de ~ $69.000 în 2021, urmate de scăderi abrupte.',
      'Bitcoin a depășit pragul de 120.000 dolari 14 iulie 2025 urmat de scaderi.',
    ],
    expect: [
      o('588,63 lei', 588.63, 'RON'),
      o('7,32 lei', 7.32, 'RON'),
      o('219,48 lei', 219.48, 'RON'),
      o('198,61 lei', 198.61, 'RON'),
      o('~$41', 41),
      o('500 de milioane de dolari', 500e6),
      p('~$30', 30),
      p('~$1.200', 1200),
      p('$20.000', 20000),
      p('~ $69.000', 69000),
      p('120.000 dolari', 120000),
    ],
  },
];
