import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.ad.nl/economie/bitcoin-krijgt-vleugels-door-economische-onzekerheid~ae7db7a1/',
    lang: 'nl',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin krijgt vleugels door economische onzekerheid',
    blocks: [
      'Bitcoin krijgt vleugels door economische onzekerheid',
      "Vlak voor de kerst stond de waarde op 900 euro , terwijl die begin augustus vorig jaar nog onder de 500 dollar lag. Zo'n twee jaar terug was één bitcoin zelfs minder dan 200 dollar waard. De virtuele munt is de voorbije maanden in trek door alle onzekerheid in de wereldeconomie; volgens analisten komt dat vooral door een groeiende vraag uit China, waar beleggers de digitale valuta zien als alternatief voor de verzwakte yuan.",
      {
        heading: 'Cryptografisch geld',
        text: 'De bitcoin is een elektronisch betaalmiddel. Dat cryptografische geld is een code die computers via een ingewikkeld wiskundig proces aanmaken. Bitcoin is ook de naam van de opensourcesoftware waarmee dat geld gebruikt wordt.',
      },
    ],
    expect: [p('900 euro', 900, 'EUR'), p('500 dollar', 500), p('200 dollar', 200)],
  },
];
