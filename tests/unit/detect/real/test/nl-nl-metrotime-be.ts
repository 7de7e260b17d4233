import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nl.metrotime.be/2021/04/15/must-read/bizar-kunstenaar-verkoopt-een-pixel-voor-dit-onwaarschijnlijke-bedrag/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bizar: kunstenaar verkoopt een pixel voor dit onwaarschijnlijke bedrag',
    blocks: [
      "Op een online veiling van Sotheby’s is één enkele pixel als 'non-fungible token' (NFT) verkocht. Het 'kunstwerk' van de digitale artiest Pak ging voor het hallucinante bedrag van 1,13 miljoen euro onder de digitale hamer.",
      'Een non-fungible token is een soort digitale eigendomsakte op basis van blockchaintechnologie; de verkochte items bestaan enkel in digitale vorm. Dit jaar is de handel in NFT’s geëxplodeerd, met prijzen die door het dak gaan.',
      "De NFT 'The Pixel' — een beeld van één grijs vierkantje — ging na een biedingsstrijd van 90 minuten weg voor 1,35 miljoen Amerikaanse dollar, of 1,13 miljoen euro.",
      {
        heading: 'Virtuele kunst',
        text: 'De pixel hoorde bij een veiling van virtuele kunst die zo’n 16,8 miljoen dollar opbracht, aldus het veilinghuis. Vorige maand werd bij Christie’s nog een eigenaarscertificaat van een digitaal kunstwerk verkocht voor 69 miljoen dollar.',
      },
    ],
    expect: [
      o('1,13 miljoen euro', 1.13e6, 'EUR'),
      o('1,35 miljoen Amerikaanse dollar', 1.35e6),
      o('1,13 miljoen euro', 1.13e6, 'EUR'),
      o('16,8 miljoen dollar', 16.8e6),
      o('69 miljoen dollar', 69e6),
    ],
  },
];
