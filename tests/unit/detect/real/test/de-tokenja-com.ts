import { p, type RealCase } from '../labels';

// German crypto blog on a bank's forecast: one target level ("150.000 US-Dollar") in the opening, which
// contrasts it with a forum discussion; the rest of the essay names no amount.
export const cases: RealCase[] = [
  {
    url: 'https://tokenja.com/?p=335',
    lang: 'de',
    tags: ['prose'],
    blocks: [
      'Eine Zahl kann wie ein Brennglas wirken. Deutet ein großer Name aus dem Bankensektor an, Bitcoin könne in gut einem bis anderthalb Jahren die Marke von 150.000 US-Dollar erreichen, spitzt sich die Debatte zu: Woran machen Profis so ein Ziel fest?',
      'Die Aussage hat Gewicht, weil sie nicht aus einer Forendiskussion stammt, sondern aus dem Research einer Großbank. Preisziele sind verdichtete Szenarien, keine Gewissheiten.',
    ],
    expect: [p('150.000 US-Dollar', 150000)],
  },
];
