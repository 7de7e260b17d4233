import { o, p, type RealCase } from '../labels';

// German news blurb on the community's mocking of an FT column: "um $70,000 zu hoch" is an overvaluation gap,
// not a level; "$60K" and "$70K" are price levels.
export const cases: RealCase[] = [
  {
    url: 'https://bingxhome.com/de-de/news/post/financial-times-column-calling-bitcoin-worthless-triggers-industry-pushback',
    lang: 'de',
    tags: ['forum', 'change', 'format'],
    blocks: [
      'Kolumne: Bitcoin um $70,000 zu hoch – Krypto-Szene schlägt zurück',
      'Ein scharf kritischer Meinungsbeitrag von Jemima Kelly in der Financial Times mit dem Titel "Bitcoin is still about $70,000 too high" behauptet, Bitcoin steuere auf null zu, kurz nachdem der Kurs in den Bereich von $60K fiel und danach um $70K handelte. Viele Anleger lasen den Text als Kontraindikator und kauften den Dip; in den Kommentaren wurde die Zeitung offen verspottet.',
    ],
    expect: [o('$70,000', 70000), o('$70,000', 70000), p('$60K', 60000), p('$70K', 70000)],
  },
];
