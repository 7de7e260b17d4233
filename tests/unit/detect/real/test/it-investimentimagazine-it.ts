import { p, type RealCase } from '../labels';

// Italian investing magazine's technical outlook (2023): a dense ladder of "$26.500"-style levels,
// support, resistance, a trend line and downside targets, almost all in sentences about "Bitcoin".
export const cases: RealCase[] = [
  {
    url: 'https://www.investimentimagazine.it/bitcoin-previsione-prezzi-2024-2030/',
    lang: 'it',
    tags: ['prose'],
    title: 'Bitcoin: previsione prezzi 2024-2030',
    blocks: [
      'Bitcoin si trova leggermente sopra il supporto di $26.500, un tempo resistenza, e si mantiene appena sopra la resistenza di $26.800, segnalando un possibile double top.',
      'Una linea di tendenza discendente intorno a $26.750 potrebbe frenare Bitcoin. Se la rompesse, potrebbe puntare a $27.000; oltre, $27.600 è una resistenza significativa e superarla aprirebbe la strada verso $28.000.',
      'Se invece Bitcoin non supera la linea di $26.750, potrebbe tornare a $26.600 o testare il supporto di $26.000, con un possibile calo verso $25.250.',
      'Gli investitori dovrebbero restare vigili sul livello di $26.500.',
    ],
    expect: [
      p('$26.500', 26500),
      p('$26.800', 26800),
      p('$26.750', 26750),
      p('$27.000', 27000),
      p('$27.600', 27600),
      p('$28.000', 28000),
      p('$26.750', 26750),
      p('$26.600', 26600),
      p('$26.000', 26000),
      p('$25.250', 25250),
      p('$26.500', 26500),
    ],
  },
];
