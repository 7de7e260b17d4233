import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://odlukapenez.cz/tag/zisk-z-kryptomen',
    lang: 'cs',
    tags: ['prose', 'cost'],
    title: 'Zisk z kryptoměn',
    blocks: [
      'Těžba kryptoměn, proces, kdy počítače řeší složité matematické úlohy za odměnu v kryptoměně, už v roce 2025 není možná pro domácí uživatele s běžným počítačem. Těžit Bitcoin s GPU už je ztrátové – potřebujete speciální zařízení, elektřinu za půl koruny za kWh a technické znalosti.',
      'A co daň z kryptoměn, zdanění zisku z prodeje nebo výměny digitálních měn v České republice. Pokud koupíte Bitcoin za 100 000 Kč a prodáte ho za 150 000 Kč, máte zisk 50 000 Kč – a ten je daněn 15 %.',
    ],
    expect: [
      o('půl koruny', 0.5, 'CZK'),
      o('100 000 Kč', 100000, 'CZK'),
      o('150 000 Kč', 150000, 'CZK'),
      o('50 000 Kč', 50000, 'CZK'),
    ],
  },
];
