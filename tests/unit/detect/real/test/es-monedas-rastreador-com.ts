import { p, type RealCase } from '../labels';

// Mock-literary, sarcastic crypto blog; levels in headline and prose, one absurd long-range target.
export const cases: RealCase[] = [
  {
    url: 'https://monedas-rastreador.com/el-gran-colapso-de-btc-cuando-el-oro-digital-se-convierte-en-lider-digital-%f0%9f%9a%80%f0%9f%92%b8',
    lang: 'es',
    tags: ['forum', 'prose'],
    title: 'El gran colapso de BTC: cuando el oro digital se convierte en líder digital 🚀💸',
    blocks: [
      'El gran colapso de BTC: cuando el oro digital se convierte en líder digital 🚀💸',
      '¡Cómo caen los poderosos! Jurrien Timmer, de Fidelity, dice que el impulso de Bitcoin es una “víctima desproporcionada” del caos del mercado. El oro se refugia como “activo seguro” y Bitcoin se agita como una ardilla con cafeína 🤡.',
      'Hoy temprano, Bitcoin se desplomó hasta los 86.000 dólares, mientras las altcoins lloraban sobre sus teclados. ¿Una caída del 31% desde su pico de octubre? Apenas un guiño cortés a la humildad.',
    ],
    expect: [p('86.000 dólares', 86000)],
  },
  {
    url: 'https://monedas-rastreador.com/la-ascension-bizantina-de-bitcoin-bobble-de-150-000-dolares-o-error-garrafal-del-multimillonario-%f0%9f%9a%80%f0%9f%92%b0',
    lang: 'es',
    tags: ['forum', 'prose', 'format'],
    title:
      'La ascensión bizantina de Bitcoin: ¿Bobble de 150.000 dólares o error garrafal del multimillonario? 🚀💰',
    blocks: [
      'La ascensión bizantina de Bitcoin: ¿Bobble de 150.000 dólares o error garrafal del multimillonario? 🚀💰',
      'En el silencio aterciopelado del “Market Overtime” de Schwab Network, Michael Saylor, director ejecutivo de Strategy, se puso apocalíptico: imagine una bóveda celestial de 150.000 dólares para el último reloj de arena del año. “Nuestra orientación corporativa”, entonó, “apunta a 150.000 dólares al cierre de 2025”. 😂',
      'Y por si fuera poco, Saylor se atrevió a decir que BTC podría subir hasta la ridícula cifra de 21 millones de dólares, tras una apreciación anual del 29% durante 21 años. 🌞💸',
    ],
    expect: [
      p('150.000 dólares', 150000),
      p('150.000 dólares', 150000),
      p('150.000 dólares', 150000),
      p('21 millones de dólares', 21e6),
    ],
  },
];
