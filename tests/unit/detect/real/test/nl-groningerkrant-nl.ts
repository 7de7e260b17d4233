import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://groningerkrant.nl/innovatie/is-het-na-bitcoin-nu-de-beurt-aan-ethereum-en-xrp/?utm_source=rss&utm_medium=rss&utm_campaign=is-het-na-bitcoin-nu-de-beurt-aan-ethereum-en-xrp',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Is het na bitcoin nu de beurt aan Ethereum en XRP?',
    blocks: [
      'GRONINGEN – Bitcoin steeg deze maand naar een nieuw hoogtepunt en ook de andere cryptomunten lijken daardoor een sprong te maken. De op een na grootste munt, Ether, is sinds de crash in maart verviervoudigd in prijs.',
      {
        text: 'Ether (ETH) is na bitcoin de bekendste cryptomunt. Met een marktkapitalisatie van meer dan 66 miljard dollar staat de munt ver boven de andere altcoins.',
        heading: 'Ethereum',
      },
      {
        text: 'De Ethereum koers beweegt op het moment van schrijven rond de 650 dollar. De koers werd de afgelopen dagen mee omhoog getrokken toen Bitcoin door de psychologisch belangrijke twintigduizend dollar grens brak.',
        heading: 'Ethereum',
      },
    ],
    expect: [o('66 miljard dollar', 66e9), o('650 dollar', 650), p('twintigduizend dollar', 20000)],
  },
];
