import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bloomberglinea.com/2021/11/25/mineria-cripto-en-latam-del-volcan-en-el-salvador-hasta-el-frio-del-fin-del-mundo/?outputType=amp',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Minería de bitcoin en Latam: del volcán en El Salvador hasta el frío del fin del mundo',
    blocks: [
      'Bloomberg Línea — A Theo Toukoumidis no le quedó alternativa que convertir la crisis de Venezuela en una oportunidad. Escuchó “moneda digital” por primera vez de parte de un familiar y empezó a investigar hasta dar con el bitcoin, el token que hoy cotiza por encima de US$55.000.',
    ],
    expect: [p('US$55.000', 55000)],
  },
];
