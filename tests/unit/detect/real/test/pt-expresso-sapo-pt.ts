import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://expresso.sapo.pt/economia/2018-01-16-Bitcoin-tem-maior-queda-diaria-em-29-meses',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin tem maior queda diária em 29 meses',
    blocks: [
      'A mais importante moeda criptográfica caiu esta terça-feira 19,54% em dólares, a maior desvalorização diária desde agosto de 2015. A bitcoin valia 10.923 dólares à hora de fecho dos mercados de Nova Iorque',
      // the euro quote has no sign next to the number; only "em euros" says the currency
      'A moeda recuou para 10.923 dólares ao fecho de Nova Iorque. No câmbio em euros fechou em 9.143, mais de 18% abaixo do fecho de segunda-feira.',
      'A moeda encriptada mais mediática fechou 2017 nos 13.800 dólares, depois de um pico de 19.187 dólares a 16 de dezembro.',
    ],
    expect: [
      p('10.923 dólares', 10923),
      p('10.923 dólares', 10923),
      p('9.143', 9143, 'EUR'),
      p('13.800 dólares', 13800),
      p('19.187 dólares', 19187),
    ],
  },
];
