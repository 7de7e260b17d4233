import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinalpha.nl/markets/tweede-golf-voor-de-bitcoin-etfs',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: "Tweede golf voor de bitcoin ETF's",
    blocks: [
      "Er is geen twijfel over mogelijk: de Amerikaanse spot bitcoin ETF's zijn in alle opzichten een succes.",
      'Sinds de lancering op 11 januari houden analisten de geldstromen naar deze fondsen scherp in de gaten, en regelmatig sneuvelden er records. Deze week noteerden we bijvoorbeeld dat het bitcoinfonds van BlackRock als snelste ooit naar een omvang van 20 miljard dollar groeide. In 144 dagen; de nummer twee deed er 985 dagen over.',
      "Ook als je de tien ETF's als geheel bekijkt, inclusief het fonds van Grayscale waar juist veel bitcoin uit wegvloeide, is de lancering een groot succes. Er stroomde al meer dan 15 miljard dollar aan kapitaal naartoe.",
      "Deze week zagen we weer een paar opvallend goede dagen. Dinsdag stroomde er in totaal 887 miljoen dollar de ETF's in, de op-een-na-hoogste instroom ooit. Alleen 12 maart was beter, met een instroom van 1045 miljoen dollar.",
    ],
    expect: [
      o('20 miljard dollar', 20e9),
      o('15 miljard dollar', 15e9),
      o('887 miljoen dollar', 887e6),
      o('1045 miljoen dollar', 1045e6),
    ],
  },
];
