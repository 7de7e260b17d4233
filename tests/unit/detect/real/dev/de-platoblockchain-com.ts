import { c, p, type RealCase } from '../labels';

const url = 'https://platoblockchain.com/de/plato-data/how-much-does-it-cost-to-mine-1-bitcoin/';
const title = 'Wie viel kostet es, 1 Bitcoin zu schürfen?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Wie viel kostet es, 1 Bitcoin zu schürfen?',
      'In einem Bericht, den Decrypt einsehen konnte, schätzt JPMorgan, dass die Produktionskosten für das Schürfen eines Bitcoin von 24,000 $ Anfang Juni auf nur noch 13,000 $ gefallen sind.',
    ],
    expect: [c('24,000 $', 24000), c('13,000 $', 13000)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Solange der Bitcoin-Preis über diesen Kosten liegt, bleibt ein Mining-Betrieb rentabel. Nach Einschätzung der New Yorker Bank könnte der Tiefpunkt von Bitcoin durchaus bei niedrigen 13,000 US-Dollar liegen, 45 % unter den heutigen Preisen.',
    ],
    expect: [p('13,000 US-Dollar', 13000)],
  },
  {
    url,
    lang: 'de',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Andere Metriken zeichnen ein etwas anderes Bild. Nach Daten von MacroMicro liegen die Produktionskosten immer noch bei etwas über 17,700 $.',
    ],
    expect: [c('17,700 $', 17700)],
  },
];
