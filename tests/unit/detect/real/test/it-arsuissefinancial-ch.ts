import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://arsuissefinancial.ch/come-le-criptovalute-hanno-iniziato-il-nuovo-anno/',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Come le criptovalute hanno iniziato il nuovo anno',
    blocks: [
      'Per la prima volta in 3 anni Bitcoin ha iniziato male l’anno e ha chiuso la sessione del 1 gennaio a 13.354$, in perdita del 3.23%. Per confronto, lo stesso giorno del 2017 la criptomoneta era salita di oltre il 3%, arrivando quasi alla quota dei 1.000$.',
      'Nella giornata odierna la moneta digitale, dopo aver toccato un minimo di 12.810, sta tentando la risalita, ma il segno è ancora negativo.',
    ],
    expect: [p('13.354$', 13354), p('1.000$', 1000)],
  },
];
