import { o, type RealCase } from '../labels';

// Tagalog (fil) edition of a mining story. The only amount is an electricity tariff, "6 cents kada
// kilowatt hour", beside a difficulty figure "29.897 T" that has no currency.
export const cases: RealCase[] = [
  {
    url: 'https://dev.coindesk.com/fil/tech/2022/05/25/as-bitcoin-price-slides-older-mining-rigs-are-becoming-less-profitable',
    lang: 'tl',
    tags: ['prose', 'format'],
    title: 'Habang Bumababa ang Presyo ng Bitcoin, Nagiging Hindi Na Kumita ang Mga Lumang Mining Rig',
    blocks: [
      'Bumaba ng 4.3317% hanggang 29.897 T ang kahirapan sa pagmimina ng Bitcoin block sa 15:02 UTC noong Mayo 25.',
      'Dumanas ng pagkalugi ang presyo ng Bitcoin (BTC) sa nakalipas na ilang linggo at naging hindi na kumikita ang mga lumang modelo ng mining rig, kaya pinapatay ito ng mga minero upang makaiwas sa gastos.',
      'Noong Mayo 4, naging lugi ang Antminer s9 ng Bitmain para sa mga minerong nagbabayad ng pataas na 6 cents kada kilowatt hour (kWh) ng kuryente, ayon sa data mula sa Luxor at f2pool.',
    ],
    expect: [o('6 cents', 0.06)],
  },
];
