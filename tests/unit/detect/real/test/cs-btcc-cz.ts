import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btcc.cz/kryptomeny-a-dane-jak-spravne-zdanit-zisky-z-bitcoinu',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kryptoměny a daně: Jak správně zdanit zisky z Bitcoinu?',
    blocks: [
      {
        heading: 'Jak vypočítat základ daně?',
        text: 'Příklad:\nKoupíte 1 BTC za 500 000 Kč a prodáte jej za 800 000 Kč.\nVáš zisk je 300 000 Kč, který musíte uvést do daňového přiznání.',
      },
      {
        heading: 'Jakou sazbu daně zaplatíte?',
        text: 'Zisk z kryptoměn se zdaňuje jako ostatní příjem (§ 10 zákona o daních z příjmů). Platí:',
      },
      { heading: 'Jakou sazbu daně zaplatíte?', text: '15 % daň z příjmu do 1 582 812 Kč (pro rok 2025)' },
      { heading: 'Jakou sazbu daně zaplatíte?', text: '23 % daň z částky nad tuto hranici' },
    ],
    expect: [
      p('500 000 Kč', 500000, 'CZK'),
      p('800 000 Kč', 800000, 'CZK'),
      o('300 000 Kč', 300000, 'CZK'),
      o('1 582 812 Kč', 1582812, 'CZK'),
    ],
  },
];
