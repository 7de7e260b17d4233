import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.succesmetcrowdfunding.nl/2021/01/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'De crypto koers en drie belangrijke onderdelen',
    blocks: [
      'De crypto koers en drie belangrijke onderdelen',
      {
        heading: 'Marktgrootte van de crypto koers',
        text: 'De crypto koers kent verschillende onderdelen. Het eerste is de marktgrootte: het aantal munten in omloop maal de prijs die er op dat moment voor staat. Kijken we bijvoorbeeld naar Ethereum, dan zien we dat er van die crypto coin 113.383.833 stuks in omloop zijn op 11 november 2020. De waarde van een enkele Ethereum coin bedraagt op 11 november 2020 €394,63. De Marktgrootte is daarmee dus 113.383.833 x €394,63 = €44.670.635.630.',
      },
      {
        heading: 'Het handelsvolume van een cryptocurrency',
        text: 'Ook het handelsvolume is belangrijk voor de crypto koers: het totale bedrag waarvoor een munt in een bepaalde periode is verhandeld. Als we nogmaals naar Ethereum kijken, zien we dat er de afgelopen 24 uur voor een bedrag van €9.825.291.850 is verhandeld.',
      },
    ],
    expect: [
      o('€394,63', 394.63, 'EUR'),
      o('€394,63', 394.63, 'EUR'),
      o('€44.670.635.630', 44670635630, 'EUR'),
      o('€9.825.291.850', 9825291850, 'EUR'),
    ],
  },
];
