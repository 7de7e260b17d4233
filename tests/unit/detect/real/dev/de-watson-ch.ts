import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.watson.ch/wirtschaft/digital/384041379-ethereum-klettert-auf-rekordhoch-der-bitcoin-stagniert',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Ethereum klettert auf Rekordhoch – der Bitcoin stagniert',
    blocks: [
      'Ethereum klettert auf Rekordhoch – der Bitcoin stagniert',
      'Ethereum hat seine Rekordjagd wieder aufgenommen. Die nach Bitcoin zweitwichtigste Cyber-Devise legte am Dienstag um bis zu 2,8 Prozent zu und war mit 2162,40 Dollar so teuer wie nie.',
      "Bitcoin scheiterte dagegen erneut daran, die 60'000er Marke zurückzuerobern. Die älteste Cyber-Devise tritt bei 58'695 Dollar auf der Stelle.",
      'Laut CoinGecko und Blockfolio übersprang der Wert aller Kryptowährungen über Ostern erstmals die Marke von zwei Billionen Dollar. Ripple erreichte am Dienstag mit 1,0131 Dollar ein Drei-Jahres-Hoch.',
    ],
    expect: [
      o('2162,40 Dollar', 2162.4),
      p("58'695 Dollar", 58695),
      o('zwei Billionen Dollar', 2e12),
      o('1,0131 Dollar', 1.0131),
    ],
  },
];
