import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nlviwq.cn/it/news/detail/12560605206148',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Dogecoin ed Ethereum rompono la tendenza in un mercato debole',
    blocks: [
      'Dogecoin ed Ethereum sono riusciti a salire anche mentre il mercato crypto si indeboliva e Bitcoin tornava verso la fascia dei 60.000 dollari. Un contrasto che sottolinea un mercato ancora fragile.',
      'Dogecoin ed Ethereum rompono la tendenza in un mercato debole',
      {
        text: 'A fine giornata il valore totale del mercato delle criptovalute perdeva circa l’1,6% nelle ultime 24 ore, scendendo sotto i 2,4 trilioni di dollari, mentre Bitcoin cedeva circa l’1,4% attestandosi intorno ai 67.500 dollari. Dogecoin è salita di circa lo 0,7% a circa 0,101 dollari ed Ethereum ha guadagnato circa lo 0,4% arrivando vicino ai 1.994 dollari, sempre sotto la soglia psicologica dei 2.000 dollari.',
        heading: 'Dogecoin ed Ethereum rompono la tendenza in un mercato debole',
      },
      {
        text: 'XRP era in leggero calo e altre grandi altcoin come Solana, BNB e Cardano hanno perso oltre l’1% nella giornata.',
        heading: 'Dogecoin ed Ethereum rompono la tendenza in un mercato debole',
      },
    ],
    expect: [
      p('60.000 dollari', 60000),
      o('2,4 trilioni di dollari', 2.4e12),
      p('67.500 dollari', 67500),
      o('0,101 dollari', 0.101),
      o('1.994 dollari', 1994),
      o('2.000 dollari', 2000),
    ],
  },
];
