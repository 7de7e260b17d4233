import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinhelper.nl/belastingaangifte-2024-een-compleet-overzicht-voor-cryptocurrencies',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Belastingaangifte 2024: een compleet overzicht voor cryptocurrencies',
    blocks: [
      {
        heading: 'Wat zijn cryptocurrencies in de ogen van de Belastingdienst?',
        text: "Cryptocurrencies zoals Bitcoin worden door de Belastingdienst gezien als bezittingen in Box 3. Ze vallen daarmee onder 'overige bezittingen', vergelijkbaar met spaargeld en beleggingen. De waarde van je cryptocurrencies op de peildatum 1 januari 2024 bepaalt de belastingheffing.",
      },
      {
        heading: 'Wat zijn cryptocurrencies in de ogen van de Belastingdienst?',
        text: 'De Belastingdienst legt uit dat box 3 alles omvat wat tot je vermogen hoort, zoals bank- en spaartegoeden, schulden en ook crypto’s. Over een deel van dat vermogen betaal je geen belasting: het heffingsvrij vermogen. Dat is in 2024 en 2023 € 57.000 (met een fiscale partner: € 114.000).',
      },
      {
        heading: '2. Heffingsvrij Vermogen',
        text: 'Voor 2024 geldt een heffingsvrij vermogen van €57.000 per persoon (€114.000 voor fiscale partners). Alleen het bedrag boven deze grens wordt belast. Het is dus belangrijk om je totale vermogen, inclusief crypto, goed in beeld te hebben.',
      },
    ],
    expect: [
      o('€ 57.000', 57000, 'EUR'),
      o('€ 114.000', 114000, 'EUR'),
      o('€57.000', 57000, 'EUR'),
      o('€114.000', 114000, 'EUR'),
    ],
  },
];
