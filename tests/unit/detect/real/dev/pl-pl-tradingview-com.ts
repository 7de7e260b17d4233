import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pl.tradingview.com/chart/BTCUSDT.P/RxgxP0s3',
    lang: 'pl',
    tags: ['forum', 'format', 'label-value'],
    title: 'Szczegółowa analiza BTC na interwale tygodniowym',
    blocks: [
      'Bitcoin (BTC) osiągnął poziom 161,8% Fibonacciego, co stanowi kluczowy poziom w obecnej strukturze wzrostowej. Wykonanie ruchu 1:1 AB=CD dodatkowo potwierdza znaczenie tej strefy jako potencjalnej bariery dla dalszych wzrostów.',
      '1. Kluczowe poziomy techniczne\nWsparcia:\n\n80673 – 83500\n\nZbieżność mierzeń Fibonacciego 0,382 ostatniego impulsu wzrostowego i 0,236 całego ruchu od dołka bessy.\nStrefa z historycznie dużą aktywnością popytu.\n70400 – 70388\n\nKlaster 0,618 oraz 0,382 Fibonacciego z wcześniejszym ZZB (zasada zmiany biegunów).',
      'Opory:\n\n102359 – 98848 (bieżąca strefa oporu).\nZamknięcie powyżej tej strefy może otworzyć drogę do poziomów 105114, 108292 oraz 113651, które są kolejnymi targetami wzrostowymi.',
    ],
    expect: [
      p('80673', 80673),
      p('83500', 83500),
      p('70400', 70400),
      p('70388', 70388),
      p('102359', 102359),
      p('98848', 98848),
      p('105114', 105114),
      p('108292', 108292),
      p('113651', 113651),
    ],
  },
];
