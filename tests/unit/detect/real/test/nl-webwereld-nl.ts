import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://webwereld.nl/markttrends/102432-bitcoins-uitgeven-duurder-dan-ooit',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoins uitgeven duurder dan ooit',
    blocks: [
      'Afgelopen weekend lag de prijs voor een gemiddelde transactie tussen de 20 en 26 dollar. Dat heeft te maken met de blokgrootte in de blockchain, die in het geval van de Bitcoin 1 MB is. Een gemiddelde transactie neemt ongeveer 500 bytes in beslag, waardoor er ongeveer 2000 transacties per blok passen.',
      {
        heading: 'Voorrang',
        text: 'Gebruikers tuimelen nu over elkaar heen door steeds hogere bedragen aan hun transactie te hangen, zodat die zo snel mogelijk wordt verwerkt. Hierdoor zijn de gemiddelde transactiekosten van 18 dollarcent aan het begin van het jaar opgelopen naar ongeveer 20 dollar in het afgelopen weekend.',
      },
    ],
    expect: [o('20', 20), o('26 dollar', 26), o('18 dollarcent', 0.18), o('20 dollar', 20)],
  },
];
