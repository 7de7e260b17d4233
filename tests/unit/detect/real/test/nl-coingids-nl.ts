import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coingids.nl/bitcoin-halving/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin halving: Uitleg, voorbeeld en video over halving van bitcoin',
    blocks: [
      {
        heading: 'Uitgelegd: Bitcoin halving',
        text: "Met bitcoin halving bedoelen we het moment dat de beloning voor miners wordt gehalveerd, wat een behoorlijke impact kan hebben op de prijsontwikkeling van de munt. Op dit moment ontvangen miners per ge-mined blok 12,5 BTC. In mei wordt die beloning gehalveerd en krijgt men dus 'slechts' 6.25 BTC. Bij een koers van 6.165,05 euro (koers van 13.04.2020) is dat dus een beloning van 77.063,13 euro per blok. Dat lijkt veel, maar de kosten voor het minen zijn behoorlijk hoog.",
      },
      {
        heading: 'Vraag en aanbod',
        text: 'Elke dag komen er ongeveer 1800 BTC bij; na de halving wordt dat gehalveerd. In 2024, bij de vierde bitcoin halving, is dat zelfs gedaald tot 450 BTC per dag.',
      },
    ],
    expect: [p('6.165,05 euro', 6165.05, 'EUR'), o('77.063,13 euro', 77063.13, 'EUR')],
  },
];
