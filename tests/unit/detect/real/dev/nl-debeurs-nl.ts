import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://debeurs.nl/Forum/Topic/1308123/Bitcoin-en-andere-cryptocurrencies_Nieuw-Bitcoin-Forum.aspx?page=298',
    lang: 'nl',
    tags: ['forum', 'cost', 'anaphora'],
    title: 'Bitcoin en andere cryptocurrencies (Nieuw Bitcoin Forum)',
    blocks: [
      'voda schreef op 28 november 2019 09:57:',
      'Bitcoin gezakt, machines gedumpt',
      'Stapels gebruikte bitcoincomputers staan te koop voor een habbekrats. Ooit waren ze goed om felbegeerde bitcoins te vinden, maar de munt zakte wat weg - begin deze week zelfs even onder de $7000. Een nieuwe munt vinden kost steeds meer rekenkracht, dus de oudere kastjes verbruiken meer stroom dan een gevonden munt waard is. Voor rond de honderd dollar per stuk staan ze op websites als Alibaba.',
    ],
    expect: [p('$7000', 7000), o('honderd dollar', 100)],
  },
];
