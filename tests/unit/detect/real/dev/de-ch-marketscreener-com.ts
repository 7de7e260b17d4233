import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ch.marketscreener.com/boerse-nachrichten/nachrichten/Bitcoin-sinkt-auf-neues-13-Monats-Tief-27631205/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin sinkt auf neues 13-Monats-Tief',
    blocks: [
      'Bitcoin lag zuletzt 5,2 Prozent niedriger bei 5270 Dollar. Die Kryptowährung und andere kleinere Münzen, darunter Ethereum und XRP, erlebten in der vergangenen Woche einen Ausverkauf. Manche machten Befürchtungen dafür verantwortlich, dass eine „Hard Fork“ bei Bitcoin Cash, bei der die kleinere Münze in zwei Währungen aufgespalten wird, andere destabilisieren könnte.',
    ],
    expect: [p('5270 Dollar', 5270)],
  },
];
