import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinmatin.fr/2024/05/21/hashrate-bitcoin-en-chute-libre-les-mineurs-vont-ils-abandonner-le-navire/',
    lang: 'fr',
    tags: ['prose', 'change', 'format'],
    blocks: [
      {
        text: 'Depuis le dernier halving, qui a ramené la récompense par bloc de 6,25 à 3,125 BTC, la dynamique des mineurs a nettement changé. Selon une analyse de BTIG, plusieurs machines ont été mises à l’arrêt, signe de la précarité croissante du métier.',
        heading: 'Pression sur les revenus des mineurs de Bitcoin',
      },
      {
        text: 'Le rapport de BTIG pointe la chute des revenus des mineurs, qui équivaut aujourd’hui à un prix d’environ 30 000 dollars par BTC vendu. Les frais de transaction, montés à environ 130 dollars juste après le halving, se situent désormais entre 3 et 4 dollars. Le prix du Bitcoin, lui, résiste et se maintient près de 66 000 dollars, en hausse de 55 % depuis le début de 2024.',
        heading: 'Pression sur les revenus des mineurs de Bitcoin',
      },
      {
        text: 'Le hashrate a reculé d’environ 6 % en un mois, d’une moyenne de 624 EH en avril à 585 EH début mai.',
        heading: 'Hashrate en déclin',
      },
    ],
    expect: [
      p('30 000 dollars', 30000),
      o('130 dollars', 130),
      o('3', 3),
      o('4 dollars', 4),
      p('66 000 dollars', 66000),
    ],
  },
];
