import { o, type RealCase } from '../labels';

// Extra (Paraguay, es): cheap Itaipú power draws Bitcoin miners; the power price per kWh in cents (o).
export const cases: RealCase[] = [
  {
    url: 'https://www.extra.com.py/paraguay-el-centro-mundial-del-bitcoin-gracias-itaipu-n2777759.html',
    lang: 'es',
    tags: ['cost', 'prose'],
    title: 'Paraguay, ¿el centro mundial del bitcoin gracias a Itaipú?',
    blocks: [
      'Lo que atrae al sector del bitcoin es principalmente el precio de la energía, unos 5 centavos por kilovatio/hora, apenas una quinta parte de lo que cuesta en Brasil. Hoy hay unas 20.000 computadoras en Alto Paraná dedicadas a minar criptomonedas.',
    ],
    expect: [o('5 centavos', 0.05)],
  },
];
