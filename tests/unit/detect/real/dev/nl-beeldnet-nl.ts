import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.beeldnet.nl/na-12-jaar-strijd-moet-james-howells-zijn-droom-opgeven-742-miljoen-euro-in-bitcoin-definitief-verloren-verklaard',
    lang: 'nl',
    tags: ['prose'],
    title:
      'Na 12 jaar strijd moet James Howells zijn droom opgeven: 742 miljoen euro in bitcoin definitief verloren verklaard',
    blocks: [
      'Na 12 jaar strijd moet James Howells zijn droom opgeven: 742 miljoen euro in bitcoin definitief verloren verklaard',
      {
        heading: 'Van nerdy gokje tot nachtmerrie in miljoenen',
        text: 'De bitcoins bleven netjes op een harde schijf staan, totdat James ze vergat. In 2013, in een moment van opruimwoede, belandde die harde schijf bij het afval op de gemeentelijke stortplaats van Newport, in het zuiden van Wales. Toen was het verlies al fors: zo’n 8 miljoen euro, foetsie tussen oude matrassen en kapotte wasmachines.',
      },
      {
        heading: 'Van nerdy gokje tot nachtmerrie in miljoenen',
        text: 'Maar wat toen een forse financiële kater was, is met de spectaculaire stijging van de bitcoinprijs uitgegroeid tot een ware tragedie. Vandaag is Howells’ harde schijf liefst 742 miljoen euro waard. Helaas ligt die rijkdom begraven onder duizenden tonnen afval.',
      },
    ],
    expect: [
      o('742 miljoen euro', 742e6, 'EUR'),
      o('8 miljoen euro', 8e6, 'EUR'),
      o('742 miljoen euro', 742e6, 'EUR'),
    ],
  },
];
