import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rtvnoord.nl/nieuws/186849/Hoe-populair-is-de-Bitcoin-handel-in-Groningen',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Hoe populair is de Bitcoin-handel in Groningen?',
    blocks: [
      'Dinsdag bereikte het virtuele betaalmiddel Bitcoin een nieuwe top: één Bitcoin is nu meer waard dan 10.000 dollar - of 9000 euro. Maar hoe groot is de hype in Groningen?',
      'BTC Direct, een Nederlands platform om Bitcoin te verhandelen, zegt 44.000 Bitcoin-transacties te hebben bekeken tussen 1 januari en 30 september dit jaar.',
      '2. Orders in Groningen zijn aan de voorzichtige kant',
      'De gemiddelde ordergrootte ligt in Groningen net onder het Nederlandse gemiddelde van 0,25 BTC (Bitcoin) per transactie. Het gemiddelde aankoopbedrag in onze provincie bedraagt echter 0,233 BTC.',
      'Dat bedrag komt volgens de huidige koers neer op 2113 euro, maar omdat de Bitcoin zo blijft schommelen en stijgen, hebben veel handelaars bij hun transactie vermoedelijk (veel) minder geld betaald voor die 0,233 BTC.',
    ],
    expect: [p('10.000 dollar', 10000), p('9000 euro', 9000, 'EUR'), o('2113 euro', 2113, 'EUR')],
  },
];
