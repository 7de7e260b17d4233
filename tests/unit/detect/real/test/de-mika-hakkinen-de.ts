import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.mika-hakkinen.de/die-bitcoin-btc-haschrate-verzeichnet-einen-weiteren-massiven-rueckgang-warum-passiert-das/',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Die Bitcoin (BTC) Haschrate verzeichnet einen weiteren massiven Rückgang. Warum passiert das?',
    blocks: [
      'Große Miningunternehmen dürften von dieser Marktbereinigung kaum betroffen sein. Bei der vorherigen Kapitulation im Dezember 2018 konnten die chinesischen Bergleute noch Gewinne erzielen, indem sie die überschüssige Energie der Aluminiumschmelzanlagen nutzten, wodurch sie die Produktionskosten auf nur 2.400 Dollar pro Münze senken konnten.',
      'Wie erwartet, verzeichnete Bitcoin am 25. März einen beispiellosen Rückgang um 16 Prozent, die zweitgrößte negative Anpassung in der Geschichte. Um dies zu relativieren, handelte BTC damals bei nur 3 Dollar, während die Haschrate bei 8 TH/s lag.',
    ],
    expect: [c('2.400 Dollar', 2400), p('3 Dollar', 3)],
  },
];
