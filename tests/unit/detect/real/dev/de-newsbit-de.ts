import { p, type RealCase } from '../labels';

// newsbit.de: "Was wird der Wert von Bitcoin im Jahr 2028 sein"; leading-$ levels with German dot grouping
// ("$68.000", "$500.000"), halving forecasts in running prose, one amount per sentence.
const url = 'https://newsbit.de/was-wird-der-wert-von-bitcoin-im-jahr-2028-sein';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Was wird der Wert von Bitcoin im Jahr 2028 sein?',
    blocks: [
      'Die Bitcoin (BTC) Halbierung von 2024 steht kurz bevor. Ohne unvorhergesehene Ereignisse dürfte der Kurs von Bitcoin um diese Halbierung herum bei etwa $68.000 liegen. Die nächste Halbierung folgt 2028.',
      'Eine der Vorhersagen lautet, dass der BTC um die Halbierung 2028 auf fast $500.000 steigen könnte.',
      'Seit der Halbierung 2020 ist der Bitcoin-Kurs um 658 Prozent gestiegen. Wiederholt sich das bis zur nächsten Halbierung mit etwa 650 Prozent, läge der BTC-Kurs bei etwa $450.000.',
      'Ein Anstieg von 360 Prozent ab dem aktuellen Kurs würde für 2028 einen Halbierungspreis von etwa $300.000 pro BTC bedeuten.',
    ],
    expect: [p('$68.000', 68000), p('$500.000', 500000), p('$450.000', 450000), p('$300.000', 300000)],
  },
];
