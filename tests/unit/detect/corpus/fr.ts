import { btc, type CorpusCase, cost, other } from './types';

// French-language press (Les Echos, Boursorama, BFM, Cointribune style).
export const fr: CorpusCase[] = [
  {
    name: 'les-echos-style: franchit la barre',
    text: 'Le bitcoin a franchi la barre des 70 000 dollars, avant de reculer à 68 500 dollars. L’ether s’échange à 3 600 dollars.',
    locale: 'fr',
    expect: [btc('70 000 dollars'), btc('68 500 dollars'), other('3 600 dollars')],
  },
  {
    name: 'boursorama-style: cours et capitalisation',
    text: 'Le cours du bitcoin s’établit à 61 250 €, tandis que la capitalisation totale des cryptomonnaies atteint 2 300 milliards de dollars.',
    locale: 'fr',
    expect: [btc('61 250 €'), other('2 300 milliards de dollars')],
  },
  {
    name: 'bfm-style: entrées nettes etf',
    text: 'Les ETF bitcoin au comptant ont enregistré des entrées nettes de 886 millions de dollars mardi, et le bitcoin cotait 69 900 dollars.',
    locale: 'fr',
    expect: [other('886 millions de dollars'), btc('69 900 dollars')],
  },
  {
    name: 'journal-du-coin-style: coût de production',
    text: 'Le coût de production d’un bitcoin est estimé à 52 000 dollars par les analystes, alors que le cours dépasse 63 000 dollars.',
    locale: 'fr',
    expect: [cost('52 000 dollars'), btc('63 000 dollars')],
  },
  {
    name: 'le-figaro-style: perd puis tombe',
    text: 'Le bitcoin a perdu 4 000 dollars en une séance pour tomber à 57 800 dollars.',
    locale: 'fr',
    expect: [other('4 000 dollars'), btc('57 800 dollars')],
  },
  {
    name: 'zonebourse-style: once d’or',
    text: 'L’once d’or a atteint 2 400 dollars, un record, et le bitcoin 72 000 dollars.',
    locale: 'fr',
    expect: [other('2 400 dollars'), btc('72 000 dollars')],
  },
  {
    name: 'cointribune-style: bandeau de cours',
    text: 'BTC 64 210,50 $ | ETH 3 120,20 $ | SOL 142,80 $',
    locale: 'fr',
    expect: [btc('64 210,50 $'), other('3 120,20 $'), other('142,80 $')],
  },
  {
    name: 'le-monde-style: vaut en euros',
    text: 'Un bitcoin vaut aujourd’hui environ 58 000 euros, contre 25 000 euros il y a un an.',
    locale: 'fr',
    expect: [btc('58 000 euros'), btc('25 000 euros')],
  },
  {
    name: 'cryptoast-style: frais de transaction',
    text: 'Les frais de transaction sur le réseau Bitcoin ont grimpé à 30 dollars en moyenne.',
    locale: 'fr',
    expect: [other('30 dollars')],
  },
  {
    name: 'le-temps-style: francs suisses',
    text: 'Le bitcoin s’échangeait à 57 300 francs suisses, soit CHF 57’300, en fin de journée.',
    locale: 'fr-CH',
    expect: [btc('CHF 57’300')],
  },
];
