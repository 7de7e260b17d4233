import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://waarkoopikmijncrypto.nl/crypto-nieuws-nederland/crypto-analyse-hierdoor-daalt-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Crypto analyse: hierdoor daalt Bitcoin',
    blocks: [
      'Bitcoin staat op dit moment 4% in het rood. Na een stijging van ruim 76% sinds januari is dat een milde dip, maar de koers verdient aandacht. Zoals ik gisteren al schreef, moet Bitcoin koste wat kost boven de 28.600 dollar blijven; dat niveau was wekenlang een belangrijke weerstand.',
      'Een patroon op de grafiek heeft meestal een koersdoel, dat je berekent door de afstand tussen de bovenste en onderste lijn te meten. Hier komt het uit op 31.100 dollar. Opvallend: Bitcoin piekte op 31.050 dollar, vrijwel precies op het doel.',
      'Slechts 50 dollar ernaast is zeer nauwkeurig. Met het koersdoel bereikt kunnen beleggers winst hebben genomen, wat de huidige daling voedt.',
    ],
    expect: [
      p('28.600 dollar', 28600),
      p('31.100 dollar', 31100),
      p('31.050 dollar', 31050),
      o('50 dollar', 50),
    ],
  },
];
