import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.zdnet.be/nieuws/191310/bitcoin-voor-het-eerst-meer-waard-dan-goud/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin voor het eerst meer waard dan goud',
    blocks: [
      'Na een dieptepunt in 2015 is de bitcoin gestaag in waarde gestegen, waardoor de digitale munt nu voor het eerst meer waard is dan een ons goud.',
      {
        heading: 'Stijging',
        text: 'De goudprijs bleef de voorbije jaren vrij stabiel; vandaag is een ons 1.237,73 dollar waard. De bitcoin zat in 2015 nog op een dieptepunt van slechts 200 dollar per eenheid. Sindsdien is de munteenheid gestaag gestegen en nu 1.238,11 dollar waard.',
      },
    ],
    expect: [o('1.237,73 dollar', 1237.73), p('200 dollar', 200), p('1.238,11 dollar', 1238.11)],
  },
];
