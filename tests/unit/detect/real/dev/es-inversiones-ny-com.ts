import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://inversiones-ny.com/cual-es-la-mejor-cripto-para-comprar-ahora',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Bitcoin (BTC) vuelve a atraer a los inversores tras caer por un momento a los 114.000 dólares y rebotar con fuerza, lo que apunta a un posible fin de la presión vendedora. En 24 horas el precio cede un 2,6 %, pero sigue por encima de los 115.000 dólares, con un volumen que sube un 29 %.',
      'En gráficos más cortos, como el de 4 horas, aparecen velas con mechas inferiores largas, señal de fuerte compra en niveles bajos. Eso, sumado a la defensa del soporte en torno a los 114.000 dólares —que coincide con la media exponencial de 200 períodos—, eleva las opciones de un nuevo tramo alcista.',
    ],
    expect: [p('114.000 dólares', 114000), p('115.000 dólares', 115000), p('114.000 dólares', 114000)],
  },
];
