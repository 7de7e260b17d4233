import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.profil.at/wirtschaft/der-bitcoin-steigt-und-steigt-schon-wieder/401807929',
    lang: 'de',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Der Bitcoin steigt und steigt. Schon wieder.',
    blocks: [
      'Im August habe ich 150 Euro in Bitcoin investiert. Das war gar nicht so schwer: ein Wallet am Handy angelegt, bei einem Automaten in Wien die Euro in Bitcoin gewechselt. Stolze 0,00440259 Bitcoin gehören mir nun.',
      'Und heute? Mir lacht das Anlegerglück. Meine 0,004 Bitcoin sind mehr als 255 Euro wert, ein Plus von 70 Prozent in drei Monaten. Dabei lief es anfangs schlecht; Tage nach dem Kauf hatte ich sogleich sechs Euro verloren.',
      'Der aktuellen manischen Phase ging im Frühjahr und Sommer eine depressive voran. Da grundelte das Digitalgeld bei vergleichsweise mageren 30.000 Euro je Bitcoin herum (heute sind es knapp 60.000).',
    ],
    expect: [
      o('150 Euro', 150, 'EUR'),
      o('255 Euro', 255, 'EUR'),
      o('sechs Euro', 6, 'EUR'),
      p('30.000 Euro', 30000, 'EUR'),
      p('60.000', 60000, 'EUR'),
    ],
  },
];
