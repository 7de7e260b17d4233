import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://magicomplo.codigosdediamantes.com/cuantos-bitcoins-puedo-comprar-con-100-euros',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Cuántos bitcoins puedo comprar con 100 euros',
    blocks: [
      'Cuántos bitcoins puedes comprar con 100 euros: qué determina el resultado (precio en tiempo real, comisiones y tipo de cambio)',
      'Para saber cuántos bitcoins salen con 100 euros hay que entender que el resultado depende de tres cosas: el precio en tiempo real al que se negocia BTC, las comisiones de la plataforma y el tipo de cambio aplicado en la operación.',
      'El precio de Bitcoin cambia sin parar y suele mostrarse como BTC/EUR o como euros por BTC en la plataforma que uses. Si ves el precio actual de 1 BTC en EUR, el cálculo básico para pasar 100 EUR a BTC es dividir 100 EUR entre ese precio, aunque la cifra es solo aproximada porque puede moverse antes de que se ejecute tu orden.',
      'En la práctica, cuanto mayor sea la comisión, menos BTC obtendrás por 100 euros, incluso si el precio en tiempo real se mantiene estable.',
    ],
    expect: [
      o('100 euros', 100, 'EUR'),
      o('100 euros', 100, 'EUR'),
      o('100 EUR', 100, 'EUR'),
      o('100 EUR', 100, 'EUR'),
      o('100 euros', 100, 'EUR'),
    ],
  },
];
