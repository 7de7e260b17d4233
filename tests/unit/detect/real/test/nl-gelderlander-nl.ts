import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.gelderlander.nl/economie/betalen-met-bitcoin~afd1c23d/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Betalen met bitcoin',
    blocks: [
      'Virtueel geld De virtuele munt bitcoin is in trek. De waarde van het internetgoud is in een jaar meer dan verdubbeld en koerst boven de 1.000 euro. Hoe werkt de bitcoin en wat kun je ermee?',
      'In 2009 gaf bijna niemand een cent voor de bitcoin, op een paar computerfreaks na. Nu, acht jaar later, koerst de bitcoin ruim boven de 1.000 euro per stuk. Op 2 maart was hij zelfs voor het eerst meer waard dan een ounce goud.',
      'Wereldwijd accepteren inmiddels meer dan 100.000 bedrijven de digitale munt, onder wie Thuisbezorgd.nl en Tesla. Investeerders staken vorig jaar 550 miljoen dollar in bitcoin-gerelateerde bedrijven.',
    ],
    expect: [p('1.000 euro', 1000, 'EUR'), p('1.000 euro', 1000, 'EUR'), o('550 miljoen dollar', 550e6)],
  },
];
