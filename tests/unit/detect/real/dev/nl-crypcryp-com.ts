import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypcryp.com/berichten/wat-kan-1-procent-bitcoin-doen-voor-je-pensioen/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Wat kan 1% bitcoin doen voor je pensioen?',
    blocks: [
      {
        heading: '“It saved our family”',
        text: 'Het liep anders. Maar toen werd er een konijn uit de hoge hoed getoverd. In een onbewaakt moment had Armstrong in 2009 $100.000 belegd in een fonds van een kennis, op dat moment minder dan 1% van zijn totale vermogen. Bij de beursgang van Uber in 2019 was die $100.000 opeens vele malen meer waard.',
      },
      {
        heading: 'Wat heeft bitcoin te maken met het pensioen van Armstrong?',
        text: 'Dit voorbeeld laat zien dat een relatief kleine investering, $100.000 is veel geld, maar als het 1% van je vermogen is toch ook weer niet, grote gevolgen kan hebben voor je totale portefeuille. Met bitcoin kun je je bewust openstellen voor zulke extreme rendementen.',
      },
    ],
    expect: [o('$100.000', 100000), o('$100.000', 100000), o('$100.000', 100000)],
  },
];
