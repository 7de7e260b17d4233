import { o, p, type RealCase } from '../labels';

// Central American exchange blog asking whether Bitcoin will keep rising: a market cap in Spanish "billón"
// (10^12), then a run of dollar levels with comma thousands separators.
export const cases: RealCase[] = [
  {
    url: 'https://coincaex.com/coincaex/Blog/Bitcoin-Seguira-subiendo/?lang=es',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'Hace poco, la criptomoneda más popular del mundo alcanzó una capitalización de mercado de 1 billón de dólares. Tras llegar a $58,354, Bitcoin tuvo otro pequeño retroceso hasta los $50,000; unas horas después volvió a subir a los $54,000. Ante estas fluctuaciones, muchos se preguntan si BTC seguirá subiendo.',
      'La misma duda la acompaña desde su nacimiento. Cuando llegó a los $20,000, los medios aseguraban que pronto vendría otro desplome como el de 2017. La criptomoneda se impuso a todo pronóstico y alcanzó los $50,000.',
    ],
    expect: [
      o('1 billón de dólares', 1e12),
      p('$58,354', 58354),
      p('$50,000', 50000),
      p('$54,000', 54000),
      p('$20,000', 20000),
      p('$50,000', 50000),
    ],
  },
];
