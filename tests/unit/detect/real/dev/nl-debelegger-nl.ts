import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://debelegger.nl/post/moet-michael-saylor-miljarden-aan-bitcoin-gaan-verkopen',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Moet Michael Saylor miljarden aan bitcoin gaan verkopen?',
    blocks: [
      'Moet Michael Saylor miljarden aan bitcoin gaan verkopen?',
      'In het kort:',
      'MicroStrategy (nu “Strategy”) heeft $5,91 miljard aan niet-gerealiseerde verliezen op bitcoin in 2025 en kampt met grote schulden, maar hoeft voorlopig nog niet te verkopen.',
      'Drie scenario’s kunnen het bedrijf vanaf 2026 wél tot verkopen dwingen: een structurele daling van BTC, renteverplichtingen op schulden en dividend op preferente aandelen.',
      'De zorgen komen niet uit de lucht vallen. MicroStrategy bezit volgens Arkham Intelligence ruim $41 miljard aan bitcoin, maar heeft ook $8,2 miljard aan uitstaande schulden en zit op $5,91 miljard aan niet-gerealiseerde verliezen voor 2025.',
    ],
    expect: [
      o('$5,91 miljard', 5.91e9),
      o('$41 miljard', 41e9),
      o('$8,2 miljard', 8.2e9),
      o('$5,91 miljard', 5.91e9),
    ],
  },
];
