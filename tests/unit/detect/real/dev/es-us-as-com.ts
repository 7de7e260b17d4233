import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://us.as.com/actualidad/el-motivo-por-el-que-bukele-compra-bitcoins-en-el-salvador-cuanto-ha-gastado-en-criptomonedas-n/?outputType=amp',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'El motivo por el que Bukele compra Bitcoins en El Salvador: ¿Cuánto ha gastado en criptomonedas?',
    blocks: [
      'El motivo por el que Bukele compra Bitcoins en El Salvador: ¿Cuánto ha gastado en criptomonedas?',
      'A finales de 2021, El Salvador se convirtió en el primer país en adoptar el bitcoin como moneda de curso legal. El Gobierno desarrolló su propia billetera electrónica y adquirió 400 bitcoins, que repartió en bonos equivalentes a 30 dólares para cada ciudadano.',
      'El Presidente lo anunció en sus redes sociales: aprovechó el “dip” (la caída) para comprar 500 bitcoins por poco más de 30 mil dólares cada una, una inversión de aproximadamente 15 millones de dólares.',
    ],
    expect: [o('30 dólares', 30), p('30 mil dólares', 30000), o('15 millones de dólares', 15e6)],
  },
];
