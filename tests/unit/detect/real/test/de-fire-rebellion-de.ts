import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fire-rebellion.de/bitcoin-halving-countdown',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Was ist Bitcoin-Halving?',
      'Neue Bitcoin werden den Minern als Block-Belohnung gewährt, wenn sie Blöcke mit Transaktionen verifizieren. Anfangs lag die Belohnung bei 50 Bitcoin pro Block. Das wäre im Jahr 2009 weniger als einen Dollar wert gewesen – zu den heutigen Kursen (14. März 2021) hätte Ihnen der Bitcoin-Kurs dafür aber einen Geldsegen von etwa 2,5 Millionen Euro beschert.',
    ],
    expect: [o('einen Dollar', 1), o('2,5 Millionen Euro', 2500000, 'EUR')],
  },
];
