import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://om.nl/actueel/nieuws/2018/04/30/strafzaak-tegen-bitcoinhandelaren-vanwege-witwassen',
    lang: 'nl',
    tags: ['prose'],
    title: 'Strafzaak tegen bitcoinhandelaren vanwege witwassen',
    blocks: [
      'De drie terechtstaande handelaren boden de mogelijkheid om cryptocurrency te wisselen voor contant geld en omgekeerd. Ze adverteerden op meerdere sites met de aan- en verkoop van bitcoins.',
      {
        heading: 'Stofzuiger',
        text: "Bij de doorzoeking van hun kleding, woningen, bedrijven en auto's zijn contante geldbedragen van duizenden euro's en dollars in beslag genomen. Een bedrag van 6650 euro werd gevonden in een stofzuiger in de kofferbak van een auto van een verdachte. Verder is beslag gelegd op bitcoins, documenten en computers.",
      },
    ],
    expect: [o('6650 euro', 6650, 'EUR')],
  },
];
