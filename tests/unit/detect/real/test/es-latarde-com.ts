import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://latarde.com/iran-acepta-la-mineria-de-criptomonedas/',
    lang: 'es',
    tags: ['prose'],
    title: 'Irán acepta la minería de criptomonedas',
    blocks: [
      {
        text: 'La gasolina en Irán es muy barata: un litro cuesta aproximadamente $0,07, y sirve para alimentar plantas eléctricas de granjas de criptomonedas cuando hay cortes. La electricidad también es muy accesible, con un costo de alrededor de $0,7 por kilovatio/hora.',
        heading: '¿Qué relación tiene la gasolina con las criptomonedas?',
      },
    ],
    expect: [o('$0,07', 0.07), o('$0,7', 0.7)],
  },
];
