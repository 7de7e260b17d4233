import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws.bitcoinmeester.nl/ethereum-bereikt-3-000-flippening-in-zicht/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Ethereum bereikt $3.000: flippening in zicht?',
    blocks: [
      'Ethereum (ETH) heeft eerder vandaag een koers van meer dan $3.000 per token bereikt. Op het moment van schrijven is de gemiddelde prijs zelfs boven de $3.100 per stuk. De $3.000 is een nieuwe mijlpaal voor de munt, die de afgelopen week bijna 25% in waarde steeg.',
      'Door die stijging heeft Ethereum The Walt Disney Company en Bank of America ingehaald in totale marktkapitalisatie: die groeide deze week tot $346,72 miljard, volgens CoinMarketcap. Ter vergelijking: Bitcoin heeft een marktkapitalisatie van $1.079 biljoen, tussen die van het edelmetaal zilver op $1.416 biljoen en boven sociale-mediabedrijf Facebook op $ 923,12 miljard.',
      {
        text: 'Eerder deze week kondigde de Europese Investeringsbank aan dat ze samen met onder meer Goldman Sachs een tweejarige digitale obligatie van $121 miljoen zou uitgeven. Ook de interesse in DeFi is gestegen: de totale waarde bereikte hoogtepunten van meer dan $100 miljard.',
        heading: 'De oorzaak van de stijging',
      },
    ],
    expect: [
      o('$3.000', 3000),
      o('$3.100', 3100),
      o('$3.000', 3000),
      o('$346,72 miljard', 346.72e9),
      o('$1.079 biljoen', 1.079e12),
      o('$1.416 biljoen', 1.416e12),
      o('$ 923,12 miljard', 923.12e9),
      o('$121 miljoen', 121e6),
      o('$100 miljard', 100e9),
    ],
  },
];
