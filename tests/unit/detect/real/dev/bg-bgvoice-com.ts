import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bgvoice.com/bitcoin-ut-padna-pod-33-000-za-pruv-put-ot-blizo-godina',
    lang: 'bg',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin-ът падна под 33 000 за пръв път от близо година',
    blocks: [
      'Bitcoin-ът падна под 33 000 за пръв път от близо година',
      'Цената на Bitcoin-а в хода на търговската сесия в понеделник падна до 32 763 долара, най-ниското му ниво от юли 2021 г., предаде Ройтерс. Това е спад с около 5,44 на сто, сочат данни от портала "Койндеск" (Coindesk). Впоследствие криптовалутата върна малко и се покачи до 32 900 долара.',
    ],
    expect: [p('33 000', 33000), p('32 763 долара', 32763), p('32 900 долара', 32900)],
  },
];
