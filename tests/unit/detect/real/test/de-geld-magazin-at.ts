import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.geld-magazin.at/flipBooks/gm2301/66/',
    lang: 'de',
    tags: ['cost'],
    title: 'GELD-Magazin, Nr. 1/2023',
    blocks: [
      {
        heading: 'Insolvenzwelle',
        text: 'Die Hashrate des Bitcoin-Netzwerks erreicht Höchststände, doch viele Miner stehen wegen der geringen Rentabilität weiter unter Druck. Die Einnahmen der Schürfer sind auf ein Drittel ihres Höchststandes geschrumpft. Der Anteil der kleinen Mining-Gesellschaften mit Breakeven-Preisen über 25.000 Dollar pro Bitcoin fiel von 80 Prozent im Jahr 2019 auf zwei Prozent im Jahr 2022.',
      },
    ],
    expect: [c('25.000 Dollar', 25000)],
  },
];
