import { p, type RealCase } from '../labels';

// Swedish business daily on a new Bitcoin record. The same level is written "66 000 dollar" (space)
// and "66.033 dollar" (dot), with a kronor equivalent; "som var nere på 30 000 dollar" refers back to
// the price without naming Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://www.di.se/digital/bitcoin-rusar-till-ny-rekordniva-handlas-over-66-000-dollar/',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin rusar till ny rekordnivå – handlas över 66 000 dollar',
    blocks: [
      'Under onsdagseftermiddagen rusar bitcoin över 66 000 dollar. Därmed slås det tidigare rekordet på 64 895 dollar per bitcoin.',
      'Bitcoinkursen har lyft med över 40 procent under oktober. Uppgången följer delvis på att den amerikanska finansinspektionen SEC godkänt börshandlade fonder med terminskontrakt på bitcoin. Under tisdagen var det premiär för den första sådana fonden.',
      'Under onsdagen noterades en ny rekordnivå på 66.033 dollar, motsvarande över 568.000 kronor. Därmed slås kursrekordet från den 14 april på 64 895 dollar per bitcoin.',
      'Det följer på en något skakig period för kursen, som var nere på 30 000 dollar i juli. Priset har bland annat pressats av marknadsoro, möjliga regleringar och Kinas förbud mot handel med kryptotillgångar.',
    ],
    expect: [
      p('66 000 dollar', 66000),
      p('64 895 dollar', 64895),
      p('66.033 dollar', 66033),
      p('568.000 kronor', 568000, 'SEK'),
      p('64 895 dollar', 64895),
      p('30 000 dollar', 30000),
    ],
  },
];
