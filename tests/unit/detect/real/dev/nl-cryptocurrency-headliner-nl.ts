import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptocurrency.headliner.nl/item/zoveel-verdient-saylor-s-bedrijf-bij-elke-1-000-stijging-van-bitcoin-newsbit-32366',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'change'],
    title: "Zoveel verdient Saylor's bedrijf bij elke $1.000 stijging van Bitcoin",
    blocks: [
      "Zoveel verdient Saylor's bedrijf bij elke $1.000 stijging van Bitcoin",
      'Strategy (het bedrijf van Michael Saylor, voorheen MicroStrategy) bezit inmiddels ongeveer 720.737 Bitcoin. Daardoor werkt elke verandering van de Bitcoinprijs direct door in de balans: een koersbeweging van 1.000 dollar betekent ruwweg een waardeverandering van ongeveer 720 miljoen dollar voor het bedrijf.',
      'Begin deze week kocht Strategy opnieuw 3.015 BTC voor ruim 200 miljoen dollar (gemiddelde aankoopprijs van die tranche ~67.700 dollar). De gemiddelde aankoopprijs van de hele voorraad ligt rond 75.985 dollar per munt, terwijl de actuele koers onder de 74.000 dollar noteert.',
      'Daardoor staat Strategy op papier in de min: sinds 2020 is circa 54,77 miljard dollar uitgegeven om de voorraad op te bouwen, de huidige marktwaarde is ongeveer 51,6 miljard dollar — een ruim 3 miljard dollar lagere waarde, oftewel een papieren verlies van ongeveer 5–6 procent.',
    ],
    expect: [
      o('$1.000', 1000),
      o('1.000 dollar', 1000),
      o('720 miljoen dollar', 720e6),
      o('200 miljoen dollar', 200e6),
      p('67.700 dollar', 67700),
      p('75.985 dollar', 75985),
      p('74.000 dollar', 74000),
      o('54,77 miljard dollar', 54.77e9),
      o('51,6 miljard dollar', 51.6e9),
      o('3 miljard dollar', 3e9),
    ],
  },
];
