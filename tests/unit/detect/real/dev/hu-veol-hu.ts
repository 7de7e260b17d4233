import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.veol.hu/helyi-gazdasag/2022/07/eloadas-veszpremben-a-virtualis-arany-mitosza',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Először is: a bitcoin olyan pénz, amelynek nincs fizikai formája, így egyetlen pénztárcában sem található meg – és például azért sem, mert a beszélgetés idején ez a valuta darabonként húszezer (!!!) dollárt ért. Néhány hete harmincezer, fél éve hatvanötezer dollár volt az árfolyam, Törökországban pedig a közelmúltban a százezer dollárt is elérte. Egy sikeres „bányász” tíz percenként 6,25 bitcoint kap, ami akkor is szép összeg, ha tudjuk, hogy ez idővel rendre feleződik.',
      'A bitcoin mennyisége korlátos, 21 millió darabnál soha nem lesz több belőle.',
    ],
    expect: [
      p('húszezer (!!!) dollárt', 20000),
      p('harmincezer', 30000),
      p('hatvanötezer dollár', 65000),
      p('százezer dollárt', 100000),
    ],
  },
];
