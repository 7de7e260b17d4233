import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://diariodeinformes.com/la-metrica-mas-importante-para-los-mineros-de-bitcoin-esta-en-caida',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      '- El hashprice de Bitcoin mide los ingresos diarios de un minero por cada unidad de hash aportada.',
      'El hashprice de Bitcoin (BTC), que mide lo que un minero puede esperar ingresar cada día por unidad de hash, cae de forma sostenida desde mediados de enero de 2025. Según Hashrate Index, ahora se sitúa en 0,044 dólares por terahash por día ($/TH/día), frente a los 0,060 $/TH/día del 17 de enero.',
    ],
    expect: [o('0,044 dólares', 0.044), o('0,060 $', 0.06)],
  },
];
