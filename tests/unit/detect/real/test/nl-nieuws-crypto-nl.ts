import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws.crypto.nl/?p=16522',
    lang: 'nl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Saylor koopt opnieuw groot in: $1 miljard aan Bitcoin bij koersdip',
    blocks: [
      'Saylor koopt opnieuw groot in: $1 miljard aan Bitcoin bij koersdip',
      'Strategy haalde 10.100 BTC binnen tegen gemiddeld $104.080 per stuk. Het bedrijf heeft nu ruim 592.000 Bitcoin, samen zo’n $41,8 miljard waard. De gemiddelde aankoopprijs ligt rond de $70.666 per coin.',
      'De aankoop viel samen met de notering van STRD, Strategy’s nieuwste Bitcoin-aandeel, op de Nasdaq. Met dit preferente aandeel wil het bedrijf nog eens $250 miljoen ophalen. Elk aandeel kost $100 en keert jaarlijks vast 10% uit.',
    ],
    expect: [
      o('$1 miljard', 1e9),
      p('$104.080', 104080),
      o('$41,8 miljard', 41.8e9),
      p('$70.666', 70666),
      o('$250 miljoen', 250e6),
      o('$100', 100),
    ],
  },
];
