import { o, p, type RealCase } from '../labels';

// Danish business daily on a Bitcoin low. "dollars" with dot thousands; the market values and the
// loss "faldet med 245,6 mia. dollars, svarende til 1.616 mia. kr." are totals, not prices.
export const cases: RealCase[] = [
  {
    url: 'https://finans.dk/finans2/ECE11015823/bitcoin-i-nyt-dyk-har-nu-tabt-1600-mia-i-vaerdi-paa-et-aar/',
    lang: 'da',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin i nyt dyk: Har nu tabt 1600 mia. i værdi på et år',
    blocks: [
      'For knap et år siden toppede værdien af bitcoin. Mandag har kryptovalutaen nået et foreløbigt lavpunkt i 13 måneder.',
      'Mandag er værdien af bitcoin faldet med omkring 5 pct. til det foreløbige lavpunkt i 13 måneder, da én bitcoin mandag kl. 14.30 kostede 5.222 dollars.',
      'Da bitcoin toppede i værdi den 17. december 2017, kostede den omkring 20.000 dollars, og det samlede marked for bitcoins var på 336,4 mia. dollars.',
      'Nu er bitcoinmarkedets værdi faldet til 90,8 mia. dollars, ifølge tal fra Coinmarketcap. Markedet er altså faldet med 245,6 mia. dollars, svarende til 1.616 mia. kr., i værdi siden juletiden i 2017.',
    ],
    expect: [
      p('5.222 dollars', 5222),
      p('20.000 dollars', 20000),
      o('336,4 mia. dollars', 3.364e11),
      o('90,8 mia. dollars', 9.08e10),
      o('245,6 mia. dollars', 2.456e11),
      o('1.616 mia. kr.', 1.616e12, 'DKK'),
    ],
  },
];
