import { p, type RealCase } from '../labels';

// Italian opinion blog post ("quando ne parla anche il barbiere..."): casual tone, "la Regina" for Bitcoin,
// a level with the sign after the number and a bare "30k" threshold.
export const cases: RealCase[] = [
  {
    url: 'https://www.almanacco.org/2020/12/31/bitcoin-quando-ne-parla-anche-il-barbiere-e-il-momento-di-vendere-non-di-comprare/',
    lang: 'it',
    tags: ['forum', 'anaphora', 'format'],
    title: 'Bitcoin: quando ne parla anche il barbiere è il momento di vendere, non di comprare',
    blocks: [
      "Da qualche giorno i media parlano a dismisura del Bitcoin e delle criptovalute. Da quando il prezzo della Regina ha avuto un'impennata, specie dopo Natale, ne scrivono perfino le riviste di moda, e spuntano ovunque corsi di trading.",
      "Il dilettante, al primo crollo, si spaventa e svende, perdendo un sacco di soldi. Ora, a fine anno, dopo l'ultima impennata il valore del Bitcoin ha raggiunto i 29.000 $ e probabilmente supererà presto i fatidici 30k. Attenzione però: dopo questo valore un ritracciamento è probabile, e sarebbe pure salutare.",
    ],
    expect: [p('29.000 $', 29000), p('30k', 30000)],
  },
];
