import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws247.nl/binnenland/6945-rotterdamse-politie-ontdekt-honderden-gevallen-van-crypto-fraude-met-hulp-van-blockchain-databedrijf',
    lang: 'nl',
    tags: ['prose'],
    title:
      'Rotterdamse politie ontdekt honderden gevallen van crypto-fraude met hulp van blockchain-databedrijf',
    blocks: [
      'De Rotterdamse politie heeft in samenwerking met blockchain-databedrijf Chainalysis honderden gevallen van crypto-fraude ontdekt, waarbij 186 Nederlandse slachtoffers van fraude werden opgespoord. Dankzij deze samenwerking kon bij een van de slachtoffers nog een diefstal van 65.000 euro worden voorkomen.',
      "De oplichters wekten vertrouwen bij de slachtoffers door hen te helpen met een start in de cryptowereld. Dit begon vaak met een 'cryptokans' waarbij aanvankelijk bedragen van 500 euro werden gevraagd. De oplichters beloofden een hoog rendement en stortten vanuit hun eigen rekening een groter bedrag terug.",
      'Operatie Spincaster identificeerde in totaal 162 miljoen dollar aan gestolen geld via deze goedkeuringsdocumenten.',
    ],
    expect: [o('65.000 euro', 65000, 'EUR'), o('500 euro', 500, 'EUR'), o('162 miljoen dollar', 1.62e8)],
  },
];
