import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://e24.no/digital/bitcoin/kraftig-bitcoin-fall-er-under-10-000-dollar-igjen/24199212',
    lang: 'no',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Kraftig bitcoin-fall: Er under 10.000 dollar igjen',
    blocks: [
      'Etter først å ha steget 1.500 dollar fra tirsdag kveld, nådde bitcoin en ny all-time high klokken 15.15 onsdag ettermiddag. Bare fem og en halv time senere var hele oppgangen borte.',
      'Like etter klokken 20.45 onsdag kveld ble bitcoin igjen handlet for under 10.000 dollar. Fallet har fortsatt i minuttene etterpå, og klokken 20.55 kan man kjøpe en bitcoin for 9.601 dollar, ifølge Coinmarketcap.',
      'Natt til fredag ble kryptovalutaen handlet for under 8.000 dollar, etter at verdien tidligere i måneden har vært nede i 5.500 dollar.',
      'Totalt er det handlet bitcoin for 9,75 milliarder dollar det siste døgnet, melder Coinmarketcap.',
    ],
    expect: [
      o('1.500 dollar', 1500),
      p('10.000 dollar', 10000),
      p('9.601 dollar', 9601),
      p('8.000 dollar', 8000),
      p('5.500 dollar', 5500),
      o('9,75 milliarder dollar', 9.75e9),
    ],
  },
];
