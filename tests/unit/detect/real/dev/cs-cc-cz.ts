import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cc.cz/cnb-jako-jedna-z-prvnich-na-svete-koupila-bitcoin-misto-miliard-zatim-poslala-do-krypta-21-milionu/',
    lang: 'cs',
    tags: ['prose', 'format'],
    title:
      'ČNB jako jedna z prvních na světě koupila bitcoin. Místo miliard zatím poslala do krypta 21 milionů',
    blocks: [
      'Česká národní banka poprvé ve své historii nakoupila bitcoin a další digitální aktiva, a to za milion dolarů, tedy zhruba 21 milionů korun.',
      'V rozhovoru pro Financial Times tehdy vyvolal poprask, když naznačil, že by chtěl mít jednou v bitcoinu až pět procent devizových rezerv ČNB – tedy astronomických 175 miliard korun.',
    ],
    expect: [
      o('milion dolarů', 1e6),
      o('21 milionů korun', 2.1e7, 'CZK'),
      o('175 miliard korun', 1.75e11, 'CZK'),
    ],
  },
  {
    url: 'https://cc.cz/nenechte-se-zmast-a-dobre-pocitejte-bitcoin-je-na-rekordech-jen-pro-nekoho-kdy-se-dockaji-cesi/',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Nenechte se zmást a dobře počítejte. Bitcoin je na rekordech jen pro někoho',
    blocks: [
      'Těm titulkům nešlo uniknout: Cena bitcoinu dosáhla dosavadních maxim. Bitcoin prolomil hranici 112 tisíc dolarů…',
      'Loni všichni sledovali, kdy bitcoin poprvé prolomí hranici 100 tisíc dolarů (došlo k tomu 5. prosince), stejně jako v roce 2017 mnozí sázeli, jestli padne meta 20 tisíc dolarů (těsně se tak nestalo).',
      'Nyní často opakované ATH (zkratka anglického all-time-high) 112 tisíc dolarů se týká jen ceny bitcoinu vyjádřené v dolarech.',
    ],
    expect: [
      p('112 tisíc dolarů', 112000),
      p('100 tisíc dolarů', 100000),
      p('20 tisíc dolarů', 20000),
      p('112 tisíc dolarů', 112000),
    ],
  },
];
