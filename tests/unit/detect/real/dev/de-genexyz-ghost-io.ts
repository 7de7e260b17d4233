import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://genexyz.ghost.io/22-kw22/',
    lang: 'de',
    tags: ['widget', 'label-value', 'format', 'prose'],
    title: '#3 // KW22 // 2.6.2022 // Solar pt.3',
    blocks: [
      'Block Height 738975 • Price 29,950 USD • Preis 28,020 EUR • Change from last week +0.2% • Market 🐻🐻🐻',
      {
        heading: '// Starter 🍸',
        text: 'Wie angekündigt folgt nun die dritte Staffel der Solar-Mining-Miniserie. Wie letzte Woche erkläre ich zuerst ein paar Begriffe und formuliere Annahmen, die ich im Hauptteil zu einer kleinen Machbarkeitsstudie verknüpfe.',
      },
      {
        heading: '// Starter 🍸',
        text: 'Der Preis von Bitcoin läuft weiter seitwärts. Nachdem er die psychologische Grenze von 30.000 US Dollar deutlich überschritten hatte, steht vorne wieder eine 2. Es gab hier und da kurze Sprünge in das 30k Territorium, doch der aktuelle Kurs von 29.900 USD zeigt, dass seit dem Kursrutsch Anfang des Monats noch kein Aufwärtstrend in Sicht ist.',
      },
    ],
    expect: [
      p('29,950 USD', 29950),
      p('28,020 EUR', 28020, 'EUR'),
      p('30.000 US Dollar', 30000),
      p('30k', 30000),
      p('29.900 USD', 29900),
    ],
  },
];
