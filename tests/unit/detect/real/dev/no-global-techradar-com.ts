import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://global.techradar.com/no-no/news/bitcoin-is-now-harder-to-mine-than-ever-before-so-is-it-still-worth-it',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Bitcoin er nå vanskeligere å utvinne enn noensinne',
    blocks: [
      'Den nye rekorden kom to måneder etter den tredje bitcoin-halveringen, en prosess som endrer belønningen man får for å validere en ny blokk. Denne falt fra 12,5 til 6,25 bitcoin – eller fra omlag $115 000 til $57 500 (med dagens valutakurs.)',
    ],
    expect: [o('$115 000', 115000), o('$57 500', 57500)],
  },
];
