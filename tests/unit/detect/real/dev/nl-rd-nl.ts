import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rd.nl/vandaag/economie/waarde-bitcoin-passeert-grens-2000-dollar-1.1402562',
    lang: 'nl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Waarde bitcoin passeert grens 2000 dollar',
    blocks: [
      'Sinds zondag is de virtuele munt bitcoin voor het eerst meer dan tweeduizend dollar waard. Omgerekend brengt een bitcoin daarmee zo’n 1785 euro op, blijkt uit koersoverzichten van ruilmarkten.',
      'In 2013 ging de bitcoin voor het eerst door de grens van duizend dollar. Begin dit jaar werd de munt opnieuw voor zo’n duizend dollar verhandeld.',
    ],
    expect: [
      p('tweeduizend dollar', 2000),
      p('1785 euro', 1785, 'EUR'),
      p('duizend dollar', 1000),
      p('duizend dollar', 1000),
    ],
  },
  {
    url: 'https://www.rd.nl/vandaag/economie/bitcoin-extreme-stijger-extreme-daler-1.1464976',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin: extreme stijger, extreme daler',
    blocks: [
      'Een overzicht van de koersontwikkeling:',
      '- Juli 2010: 0,8 dollarcent. Voor het eerst wordt er een prijs vastgesteld. Na vijf dagen staat de koers al afgerond op 8 dollarcent.',
      '- Februari 2011: 1 dollar. In de rest van 2011 en in 2012 gaat de koers langzaam omhoog.',
      '- December 2017: Op 6 december is de bitcoin 12.000 dollar waard, op 8 december al 18.000. Op 17 december is hij heel even meer dan 20.000 dollar waard.',
    ],
    expect: [
      p('0,8 dollarcent', 0.008),
      p('8 dollarcent', 0.08),
      p('1 dollar', 1),
      p('12.000 dollar', 12000),
      p('18.000', 18000),
      p('20.000 dollar', 20000),
    ],
  },
];
