import { o, p, type RealCase } from '../labels';

// Off-topic site explainer: "100€" stakes and a sub-cent 2010 price "0,0025€".
export const cases: RealCase[] = [
  {
    url: 'https://www.forumagricolturasociale.it/2024/11/20/bitcoin-quanti-soldi-avresti-oggi-se-avessi-investito-100e-nel-2010/',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin, quanti soldi avresti oggi se avessi investito 100€ nel 2010',
    blocks: [
      'Bitcoin, quanti soldi avresti oggi se avessi investito 100€ nel 2010',
      'Investire in Bitcoin nel 2010 è stata, per chi ci ha creduto, una delle decisioni più profittevoli nella storia degli investimenti. Se ti sei mai chiesto quanti soldi avresti oggi con un piccolo investimento di 100€ nel 2010, preparati a scoprire cifre sorprendenti.',
      {
        heading: 'Quanto avresti oggi se avessi investito 100€ nel 2010?',
        text: 'Nel maggio 2010, il prezzo di un Bitcoin era di circa 0,0025€.',
      },
    ],
    expect: [o('100€', 100, 'EUR'), o('100€', 100, 'EUR'), p('0,0025€', 0.0025, 'EUR')],
  },
];
