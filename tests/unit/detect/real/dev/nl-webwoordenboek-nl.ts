import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://webwoordenboek.nl/kenniscentrum/hoe-pak-je-winst-crypto',
    lang: 'nl',
    tags: ['prose'],
    title: 'Hoe pak je winst crypto?',
    blocks: [
      'Ja, crypto’s horen bij je vermogen in box 3, net als spaargeld en beleggingen. Je geeft de waarde dus op in je aangifte inkomstenbelasting.',
      'Hoeveel belasting je betaalt, hangt af van je totale vermogen. Bij een vermogen tot €100.000 betaal je een tarief van 0,54%. Dat loopt op tot 1,58% bij een vermogen van meer dan 1 miljoen.',
      'Toch kun je nog steeds geld verdienen met Bitcoin: verhandelen, uitlenen, vasthouden of verdienen. Rendement is bij deze volatiele asset niet gegarandeerd.',
    ],
    expect: [o('€100.000', 100000, 'EUR')],
  },
  {
    url: 'https://webwoordenboek.nl/kenniscentrum/is-crypto-inkomen-of-vermogen',
    lang: 'nl',
    tags: ['prose'],
    title: 'Is crypto inkomen of vermogen?',
    blocks: [
      'Cryptovaluta die u privé bezit, horen in principe in box 3. Daar betaalt u belasting over inkomsten uit vermogen als uw vermogen op 1 januari 2024 hoger was dan €57.000 per persoon (€114.000 voor fiscaal partners).',
      'U geeft de waarde in het economisch verkeer op 1 januari aan, tegen de koers op de peildatum van het gebruikte omwisselplatform.',
    ],
    expect: [o('€57.000', 57000, 'EUR'), o('€114.000', 114000, 'EUR')],
  },
];
