import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coindarwin.com/nl/nieuws/tien-vragen-en-antwoorden-om-het-mt-gox-incident-te-verduidelijken/?amp=1',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Tien vragen en antwoorden om het Mt. Gox-incident te verduidelijken',
    blocks: [
      'In de ochtend van 24 juni UTC had het nieuws “Mt. Gox start BTC en BCH terugbetalingen” snel effect op de markt. Uit vrees voor verkoopdruk kreeg de al zwakke cryptomarkt meer klappen: BTC zakte kort onder de $59.000 en ETH naderde de $3.200.',
      'V1: Is dit de eerste keer dat Mt. Gox zijn schuld terugbetaalt?',
      'A1: Nee. Al op 21 december 2023 meldden Japanse gebruikers op sociale media dat ze via PayPal compensatie in yen hadden ontvangen. Volgens curator Nobuaki Kobayashi komt dat deel uit de 7 miljard yen die op 17 november 2023 werd terugbetaald.',
      'A2: Het is de eerste keer dat Mt. Gox terugbetaalt in BTC en BCH: de 141.686 BTC van Mt. Gox gaan de markt in. Die BTC zijn 0,72% van de circulerende voorraad Bitcoin, met een waarde van ongeveer $8,54 miljard.',
    ],
    expect: [
      p('$59.000', 59000),
      o('$3.200', 3200),
      o('7 miljard yen', 7e9, 'JPY'),
      o('$8,54 miljard', 8.54e9),
    ],
  },
];
