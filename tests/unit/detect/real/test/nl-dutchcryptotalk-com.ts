import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dutchcryptotalk.com/bitcoin-halving-komt-eraan-alleen-de-sterksten-zullen-overleven',
    lang: 'nl',
    tags: ['cost', 'format'],
    title: 'Bitcoin halving komt eraan: alleen de sterksten zullen overleven',
    blocks: [
      {
        heading: 'Efficiënte BTC miners overleven',
        text: 'Volgens Wolfie Zhao, onderzoekshoofd bij Blocksbridge, hebben beursgenoteerde miners nu een kostprijs van tussen de 10.000 en 15.000 dollar per bitcoin. Na de halving verdubbelt dat naar tussen de 20.000 en 30.000 dollar per bitcoin.',
      },
      {
        heading: 'Efficiënte BTC miners overleven',
        text: 'Onlangs stond in het Bitcoin nieuws nog dat JPMorgan verwacht dat de kostprijs na de halving kan oplopen tot 40.000 dollar per bitcoin.',
      },
    ],
    expect: [
      c('10.000', 10000),
      c('15.000 dollar', 15000),
      c('20.000', 20000),
      c('30.000 dollar', 30000),
      c('40.000 dollar', 40000),
    ],
  },
  {
    url: 'https://dutchcryptotalk.com/analyse-hoe-gaat-bitcoin-de-week-afsluiten-en-wat-kunnen-we-verwachten',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Analyse: hoe gaat bitcoin de week afsluiten en wat kunnen we verwachten?',
    blocks: [
      'Om vanaf hier door te stijgen naar 22.500 dollar, moet bitcoin met een dagelijkse candle door de blauwe zone breken en daar ook boven sluiten.',
      {
        heading: 'We gaan eventjes inzoomen',
        text: 'Sluit de koers niet boven de blauwe zone, dan is het belangrijk dat er geen lager laagtepunt komt. Er mag dus geen candle onder de 18.920 dollar sluiten.',
      },
    ],
    expect: [p('22.500 dollar', 22500), p('18.920 dollar', 18920)],
  },
];
