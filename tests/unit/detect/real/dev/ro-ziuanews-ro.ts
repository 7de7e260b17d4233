import { o, p, type RealCase } from '../labels';

// The intraday low names only 'Cea mai mare criptomonedă'; gold per ounce and Ether follow in the same paragraph.
export const cases: RealCase[] = [
  {
    url: 'https://www.ziuanews.ro/stiri/bitcoin-se-prabu-e-te-sub-presiunea-globala-cadere-abrupta-sub-63-000-de-dolari-pe-fondul-tensiunilor-geopolitice-i-al-fugii-de-risc-1592845',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    title:
      'Bitcoin se prăbușește sub presiunea globală: cădere abruptă sub 63.000 de dolari, pe fondul tensiunilor geopolitice și al fugii de risc',
    blocks: [
      'Piața criptomonedelor a fost zguduită marți de o scădere puternică a Bitcoin, care a pierdut peste 5% într-o singură zi și a coborât sub un prag psihologic important.',
      'Cea mai mare criptomonedă din lume a atins un minim al zilei de 62.964,64 dolari, în timp ce investitorii se orientează spre instrumente considerate mai sigure, potrivit CNBC.com.',
      'Bitcoin se află pe un trend descendent accentuat încă din octombrie anul trecut, când depășise nivelul de 125.000 de dolari. Tot marți, aurul spot a scăzut cu aproximativ 1%, până la 5.171,87 dolari pe uncie, iar Ether, a doua criptomonedă ca mărime, a pierdut peste 1%, ajungând la 1.831,52 dolari.',
    ],
    expect: [
      p('62.964,64 dolari', 62964.64),
      p('125.000 de dolari', 125000),
      o('5.171,87 dolari', 5171.87),
      o('1.831,52 dolari', 1831.52),
    ],
  },
];
