import { o, p, type RealCase } from '../labels';

// Two first-person Binance Square posts in Spanish: a holder lists the levels he bought at and the crashes
// others predicted; another retells selling 10 BTC for $100 (totals, not per-coin prices) before BTC hit 415 dólares.
export const cases: RealCase[] = [
  {
    url: 'https://binance.com/es-LA/square/post/13652626835977',
    lang: 'es',
    tags: ['forum', 'prose', 'format'],
    blocks: [
      'En 2020, cuando nadie se fiaba del mercado, compré Bitcoin por 4.000 dólares. Muchos analistas juraban que bajaría a 2.000 dólares, pero mantuve mi plan. Se equivocaron cuando Bitcoin subió hasta 65.000 dólares y premió a los pacientes.',
      'En 2022 se repitió la historia. Volví a comprar Bitcoin a 16.000 dólares con el mercado lleno de miedo. Se hablaba de una caída a 11.000 dólares o menos. En lugar de eso, Bitcoin escaló hasta 70.000 dólares, otra prueba de que hay que seguir el plan.',
      'En 2024 veo el mismo guion. Hace poco sumé Bitcoin a mis tenencias a $50,000, mientras el sentimiento era bajista y muchos anunciaban una caída del precio a $41,000. Pese al ruido, la tendencia de fondo sigue firme.',
      'Ahora que Bitcoin roza nuevos máximos, tengo claro que 100.000 dólares no es una fantasía. Con paciencia está a nuestro alcance.',
    ],
    expect: [
      p('4.000 dólares', 4000),
      p('2.000 dólares', 2000),
      p('65.000 dólares', 65000),
      p('16.000 dólares', 16000),
      p('11.000 dólares', 11000),
      p('70.000 dólares', 70000),
      p('$50,000', 50000),
      p('$41,000', 41000),
      p('100.000 dólares', 100000),
    ],
  },
  {
    url: 'https://binance.com/es/square/post/5868877467490',
    lang: 'es',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      'En 2010 leí un artículo sobre Bitcoin y, tras darle vueltas durante dos meses, fui a un intercambio y compré 10 BTC por $10. Seguí las noticias un tiempo y luego me olvidé por completo de mis 10 dólares en BTC.',
      'Resumiendo: el chico de la casa de cambio pasó mis 10 BTC a su propia billetera y me entregó $100 dólares en moneda local. Yo estaba feliz; al fin y al cabo, había pagado los 10 BTC por sólo $10.',
      'Meses después vi que el precio actual de BTC era de 415 dólares y casi me da algo. Los 10 BTC que cambié por $100 me habrían dado $41,500 ese mismo 2014. Y si los hubiera guardado hasta hoy, tendría 670.000 dólares en el banco.',
    ],
    expect: [
      o('$10', 10),
      o('10 dólares', 10),
      o('$100 dólares', 100),
      o('$10', 10),
      p('415 dólares', 415),
      o('$100', 100),
      o('$41,500', 41500),
      o('670.000 dólares', 670000),
    ],
  },
  {
    url: 'https://binance.com/es/square/post/17912128745201',
    lang: 'es',
    tags: ['forum', 'label-value', 'format', 'anaphora'],
    blocks: [
      'Para empezar: ahora mismo la cotización de Bitcoin tiene 2 niveles de soporte y resistencia muy definidos:',
      'SOPORTE: 92,000$',
      'RESISTENCIA: 108,000$',
      'Muchos traders entran a base de FOMO sin saber en qué Time Frame operan, sin gestionar el riesgo ni poner stop-loss. De ahí los comentarios dramáticos de estos días: a subidas verticales casi siempre les siguen caídas parecidas.',
    ],
    expect: [p('92,000$', 92000), p('108,000$', 108000)],
  },
];
