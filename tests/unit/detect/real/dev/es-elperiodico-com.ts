import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.elperiodico.com/es/economia/20251005/bitcoin-bate-record-historico-superando-122287497',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'El bitcoin ha marcado un nuevo máximo histórico al cotizar a 125.689 dólares por unidad, que equivalen a 107.037 euros. Así la criptomoneda deja atrás la barrera psicológica de los 125.000 dólares y su anterior techo, de agosto.',
      'Trump, que en su primer mandato advirtió contra las cripto, ha cambiado de postura a raíz de los negocios de su entorno: su hijo Barron, de 19 años, superaba esta semana el patrimonio de su madre con 150 millones de dólares.',
      'En marzo el mandatario firmó la orden para crear una “reserva estratégica” pública de criptomonedas que incluía también al bitcoin, que por entonces rondaba los 90.000 dólares. Desde ahí, en apenas medio año, su precio ha subido un 38%.',
    ],
    expect: [
      p('125.689 dólares', 125689),
      p('107.037 euros', 107037, 'EUR'),
      p('125.000 dólares', 125000),
      o('150 millones de dólares', 150e6),
      p('90.000 dólares', 90000),
    ],
  },
];
