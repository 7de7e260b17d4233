import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.apparata.nl/nieuws/is-bitcoin-mining-nog-rendabel-190070',
    lang: 'nl',
    tags: ['cost', 'prose'],
    title: 'Is Bitcoin mining nog rendabel?',
    blocks: [
      'Voor mining-bedrijven is het produceren van Bitcoins de belangrijkste bron van inkomsten. Bij een koers van 69.000 dollar, zoals afgelopen november, hoef je niet te rekenen: dan is het zeker rendabel.',
      {
        heading: 'Kosten produceren Bitcoin',
        text: 'Volgens JP Morgan kostte het begin juni 24.000 dollar om 1 Bitcoin te produceren. Met een waarde van 20.816 dollar op het moment van schrijven is dat dus geen goede zaak. Maar volgens diezelfde bank zijn de kosten voor het produceren van 1 Bitcoin inmiddels gezakt naar 13.000 dollar.',
      },
    ],
    expect: [
      p('69.000 dollar', 69000),
      c('24.000 dollar', 24000),
      p('20.816 dollar', 20816),
      c('13.000 dollar', 13000),
    ],
  },
  {
    url: 'https://www.apparata.nl/nieuws/bitcoin-beleeft-belangrijke-momenten-34330',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoin beleeft belangrijke momenten',
    blocks: [
      'Daarbij is de grens van $ 9.200,- cruciaal. Blijft de Bitcoin-koers daarboven, dan is dat gunstig voor het 50-daags voortschrijdend gemiddelde.',
      'Zakt de koers door deze grens en gaat hij richting $ 9.100,-, dan komt de psychologische weerstand van $ 9.000,- in zicht.',
      'De live koersen die ik vandaag om 10.22 uur vastlegde bevestigen dat beeld: in de top vijf zien we de Bitcoin worstelen. Met een koers van $ 9.238,11 op het moment van schrijven wordt het een spannende dag.',
    ],
    expect: [p('$ 9.200,-', 9200), p('$ 9.100,-', 9100), p('$ 9.000,-', 9000), p('$ 9.238,11', 9238.11)],
  },
];
