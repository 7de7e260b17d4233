import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financieel-management.nl/artikelen/bitcoin-duikt-voor-het-eerst-sinds-januari-onder-de-30-000-dollar/',
    lang: 'nl',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin duikt voor het eerst sinds januari onder de 30.000 dollar',
    blocks: [
      'Bitcoin duikt voor het eerst sinds januari onder de 30.000 dollar',
      'De digitale munteenheid verloor dinsdag ruim 5 procent aan waarde en zakte daarmee onder de 30.000 dollar. Zo weinig was een bitcoin sinds januari niet meer waard.',
      'De munt piekte begin april op ruim 63.000 dollar. Sindsdien is de waarde flink gedaald, eerst omdat Tesla om milieuredenen stopte met het accepteren van bitcoins, later door het optreden van de Chinese overheid tegen miners.',
    ],
    expect: [p('30.000 dollar', 30000), p('30.000 dollar', 30000), p('63.000 dollar', 63000)],
  },
];
