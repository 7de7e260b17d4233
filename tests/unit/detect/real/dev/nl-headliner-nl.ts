import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.headliner.nl/item/bitcoin-is-alle-winst-van-voorbije-1-5-jaar-kwijt-wat-is-daar-gaande-vrt-176838',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin is alle winst van voorbije 1,5 jaar kwijt: wat is daar gaande?',
    blocks: [
      'Bitcoin is alle winst van voorbije 1,5 jaar kwijt: wat is daar gaande?',
      {
        heading: 'In dit artikel:',
        text: "In oktober piekte bitcoin boven de 120.000 dollar; bij publicatie noteert de munt opnieuw rond 65.000 dollar, waarmee veel van de winst sinds de zogenoemde 'Trump bump' weer verdwenen is. In enkele dagen tijd viel de koers van bijna 80.000 naar iets meer dan 60.000 dollar, met daarna een licht herstel naar circa 65.000.",
      },
      {
        heading: 'In dit artikel:',
        text: 'Volgens hoofdeconoom Erik Joly van ABN Amro Private Banking spelen meerdere oorzaken: een verkoopgolf in de technologiesector en twijfel bij beleggers over de fundamentele waarde van bitcoin.',
      },
      {
        heading: 'In dit artikel:',
        text: 'Vooruitkijkend verwacht hij aanhoudende volatiliteit. De cruciale steun ligt rond 60.000 dollar: houdt de koers dat niveau, of zakt hij verder?',
      },
    ],
    expect: [
      p('120.000 dollar', 120000),
      p('65.000 dollar', 65000),
      p('80.000', 80000),
      p('60.000 dollar', 60000),
      p('65.000', 65000),
      p('60.000 dollar', 60000),
    ],
  },
];
