import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://andersdoenadministratie.nl/belasting-betalen-over-cryptos',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Belasting betalen over crypto’s',
    blocks: [
      'Heb je in Nederland crypto’s zoals Bitcoin, dan is het belangrijk om te weten hoe die worden belast. Crypto’s vallen voor de Belastingdienst in box 3, de categorie voor vermogen.',
      { text: 'In 2024 geldt een heffingsvrij vermogen van:', heading: 'Wat valt onder box 3?' },
      { text: '€ 57.000 per persoon', heading: 'Wat valt onder box 3?' },
      { text: '€ 114.000 als je een fiscale partner hebt', heading: 'Wat valt onder box 3?' },
      {
        text: 'In 2025 bedraagt het heffingsvrij vermogen € 57.684 per persoon en € 115.368 voor fiscale partners.',
        heading: 'Wat valt onder box 3?',
      },
      {
        text: 'De waarde die je opgeeft is de waarde van je crypto’s op 1 januari om 00:00 uur van het belastingjaar. Gebruik de koers van dat moment en bewaar bijvoorbeeld een screenshot van een betrouwbare exchange.',
        heading: 'Waardebepaling op de peildatum',
      },
    ],
    expect: [
      o('€ 57.000', 57000, 'EUR'),
      o('€ 114.000', 114000, 'EUR'),
      o('€ 57.684', 57684, 'EUR'),
      o('€ 115.368', 115368, 'EUR'),
    ],
  },
];
