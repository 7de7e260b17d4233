import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinkopenonline.nl/bitcoin-nieuws/analyse-vandaag-gaat-bitcoin-btc-stijgen-26-700-dollar-de-top/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Bitcoin beweegt zijwaarts op een ondersteuning. Een stijging richting de weerstand van de 26.700 dollar lijkt waarschijnlijk, maar ligt misschien ook té voor de hand. Als ik de afgelopen jaren iets heb geleerd, dan is het dat de koers vaak een onverwachte richting kiest.',
      'Scenario 1: stijging tot de 26.700 dollar',
      'Zoals ik al zei staat Bitcoin op een grote ondersteuning: de groene box op de grafiek hieronder tussen de 26.000 en 26.150 dollar. Op een steun is het altijd zinvol om naar mogelijke stijgingen te kijken, en dat geldt ook nu.',
      'Komt er een mooie stijging vanuit de groene box, dan is de eerste weerstand die de koers tegenkomt de 26.700 dollar. Met dit niveau heeft Bitcoin het eerder moeilijk gehad.',
      'Mocht Bitcoin dus stijgen, dan zou ik oppassen bij het 26.700 dollar prijsniveau. Zolang de koers hier geen 4-uurscandle boven sluit, is de weerstand te groot.',
    ],
    expect: [
      p('26.700 dollar', 26700),
      p('26.700 dollar', 26700),
      p('26.000', 26000),
      p('26.150 dollar', 26150),
      p('26.700 dollar', 26700),
      p('26.700 dollar', 26700),
    ],
  },
];
