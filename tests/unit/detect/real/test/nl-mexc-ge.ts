import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.ge/nl-NL/news/599779',
    lang: 'nl',
    tags: ['prose', 'format'],
    blocks: [
      'Na een gewelddadige golf van liquidaties door de cryptomarkten zakte de marktkapitalisatie van Bitcoin naar het bereik van $1,6–$1,7 biljoen, waardoor het kortstondig achter industriële en energiereuzen als Saudi Aramco en Taiwan Semiconductor Manufacturing Company belandde.',
      'Bitcoin houdt stevig vast aan de toppositie qua marktkapitalisatie, bron: CMC',
      'De directe aanleiding was brutaal: een cascade van gedwongen verkopen waarbij traders met hefboomwerking massaal werden weggevaagd. Bitcoin daalde scherp van het hoge $80.000-niveau naar het lage $80.000-bereik, wat in een paar dagen meer dan $1,6 miljard aan long-liquidaties veroorzaakte. Dat is geen "retailpaniek", maar institutionele hefboomwerking die verdampt.',
      'Bitcoin is gedaald naar $82.000, Bron: BNC',
    ],
    expect: [
      o('$1,6', 1.6e12),
      o('$1,7 biljoen', 1.7e12),
      p('$80.000', 80000),
      p('$80.000', 80000),
      o('$1,6 miljard', 1.6e9),
      p('$82.000', 82000),
    ],
  },
];
