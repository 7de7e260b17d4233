import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.altaposten.no/lokalt/NTB/NTB_utenriks/2021/03/13/Verdien-p%C3%A5-bitcoin-passerte-60.000-dollar-for-f%C3%B8rste-gang-23646470.ece',
    lang: 'no',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Verdien på bitcoin passerte 60.000 dollar for første gang',
    blocks: [
      'Bitcoin er verdens mest populære kryptovaluta.',
      'Den siste tiden har valutaen hatt en kraftig kursoppgang, og eksperter frykter at den vil bli fulgt av en kraftig nedgang.',
      'Klokka 12.49 lørdag krøp kursen opp til 60.012 dollar, tilsvarende over en halv million norske kroner, ifølge nettsiden CoinMarketCap. Like etter sank verdien igjen til under 60.000 dollar.',
    ],
    expect: [
      p('60.012 dollar', 60012),
      p('en halv million norske kroner', 500000, 'NOK'),
      p('60.000 dollar', 60000),
    ],
  },
];
