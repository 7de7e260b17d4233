import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ilfattoquotidiano.it/fq-newsletter/il-fatto-economico-del-22-gennaio-2024',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'Il Fatto Economico del 22 gennaio 2024',
    blocks: [
      "Dal 2020 l'Unione ha approvato aiuti nazionali per 760 mld, il 70% dei quali all'asse Scholz-Macron.",
      {
        text: 'Dal 10 gennaio, quando la Sec ha dato il via libera alla quotazione dei fondi passivi sulla regina delle cripto, nonostante circa 3 miliardi di dollari lordi affluiti nei nuovi Etf spot, il prezzo spot del Bitcoin ha lasciato oltre il 12,5%.',
        heading: 'Etf sul Bitcoin, così è scattata la trappola per i “polli”',
      },
    ],
    expect: [o('3 miliardi di dollari', 3e9)],
  },
];
