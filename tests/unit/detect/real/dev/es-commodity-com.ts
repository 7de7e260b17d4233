import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://commodity.com/es/blog/estados-cripto-mineria',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Los 15 mejores estados para minar criptomonedas en EEUU',
    blocks: [
      'Las búsquedas en Google de "criptomoneda" tienden a seguir el valor del Bitcoin, que vivió una burbuja de precios en 2017 antes de caer y volver a subir.',
      'El mercado de criptomonedas creció con fuerza durante la pandemia. El Bitcoin podía comprarse por menos de 6.000 $ en los primeros días de la pandemia y subió a más de 63.000 $ en abril de 2021.',
    ],
    expect: [p('6.000 $', 6000), p('63.000 $', 63000)],
  },
];
