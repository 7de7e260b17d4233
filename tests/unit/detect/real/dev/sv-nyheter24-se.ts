import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nyheter24.se/nyheter/ekonomi/1247735-bitcoin-rusar-nu-over-60000-dollar',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin rusar – nu över 60 000 dollar',
    blocks: [
      'Bitcoin rusar – nu över 60 000 dollar',
      'Kryptovalutan bitcoin fortsätter att klättra mot nya rekordnivåer. Under onsdagseftermiddagen handlades den för 60 301 dollar.',
      'Valutan har stigit stadigt sedan USA i början av januari gav grönt ljus för fonder med exponering mot kryptomarknaden.',
      'Sitt förra rekord satte valutan i november 2021, när en bitcoin kostade 68 991 dollar. Sedan dess har den periodvis försvagats kraftigt och legat nere på nivåer runt 20 000.',
    ],
    expect: [
      p('60 000 dollar', 60000),
      p('60 301 dollar', 60301),
      p('68 991 dollar', 68991),
      p('20 000', 20000),
    ],
  },
  {
    url: 'https://nyheter24.se/nyheter/ekonomi/1249677-svag-svensk-krona-bakom-rekord-i-bitcoin',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Svag svensk krona bakom rekord i bitcoin',
    blocks: [
      'En bitcoin handlas i dag den 4 mars för 678 177 kronor kring lunch. Den digitala valutan har noterat nya rekord varje dag sedan förra veckan.',
      'Prisrekordet på 563 873 från den 19 november 2021 är därmed passerat.',
      {
        heading: 'Kursen steg 23 000 procent',
        text: 'Sedan december 2015 har bitcoin ökat i värde med 23 000 procent räknat i svenska kronor.',
      },
      'Räknat i dollar ligger priset på den digitala valutan fortfarande en bit under rekordnoteringen 67 734 dollar från den 9 november 2021.',
      {
        heading: 'Rekordet nära i dollar',
        text: 'Bitcoins värde har ökat med mer än 50 procent sedan 1 januari och kursnivån ligger nu på 65 500 dollar.',
      },
      'Storbanken JP Morgan Chase & Co har varnat för att värdet kan falla igen – med över 15 000 dollar, i vår.',
    ],
    expect: [
      p('678 177 kronor', 678177, 'SEK'),
      p('563 873', 563873, 'SEK'),
      p('67 734 dollar', 67734),
      p('65 500 dollar', 65500),
      o('15 000 dollar', 15000),
    ],
  },
];
