import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tijd.be/ondernemen/technologie/Cryptopaniek-doet-bitcoin-crashen/10073119',
    lang: 'nl',
    tags: ['prose'],
    title: 'Cryptopaniek doet bitcoin crashen',
    blocks: [
      'Cryptopaniek doet bitcoin crashen',
      'Het was een echte horrorweek voor de bitcoin. De virtuele munt raakte op zeven dagen een derde van zijn waarde kwijt. De bitcoin noteert nu lager dan 4.000 dollar en staat daarmee 80 procent onder de piekwaarde van 20.000 dollar die de cryptomunt eind vorig jaar haalde. Ook andere cryptomunten kregen het de voorbije week hard te verduren.',
      'Aan de huidige prijzen is het ontginnen van bitcoins voor veel miners niet langer rendabel, zegt Blockchain Ltd.',
    ],
    expect: [p('4.000 dollar', 4000), p('20.000 dollar', 20000)],
  },
  {
    url: 'https://www.tijd.be/markten-live/nieuws-algemeen/Bitcoin-breekt-door-20-000-dollar/10272352',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin breekt door 20.000 dollar',
    blocks: [
      'Bitcoin breekt door 20.000 dollar',
      "Veel beleggers zien de forse koersstijgingen van de afgelopen weken als een teken dat er - net als eind 2017 - een zeepbel aan het ontstaan is. Analisten wijzen er echter op dat de situatie nu anders is. 'De neergang na de top van 2017 was het gevolg van een speculatieve hype', zei Mike Novogratz onlangs op CNBC. 'Nu stappen institutionele beleggers in, waardoor de prijs tegen eind 2021 tot 60.000 dollar kan stijgen.'",
    ],
    expect: [p('20.000 dollar', 20000), p('60.000 dollar', 60000)],
  },
];
