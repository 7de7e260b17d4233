import { o, type RealCase } from '../labels';

// Dutch explainer on a multi-coin ETF: the only amount is assets under management.
export const cases: RealCase[] = [
  {
    url: 'https://app.deltabadger.com/nl/articles/grayscale-crypto-etf',
    lang: 'nl',
    tags: ['prose'],
    blocks: [
      {
        heading: 'Het tijdperk van crypto-indices begint',
        text: 'Op 1 juli 2025 opende de SEC een nieuw hoofdstuk voor crypto-investeringen door de omzetting van het Grayscale Digital Large Cap Fund (GDLC) in een spot Exchange-Traded Fund (ETF) goed te keuren, dat op NYSE Arca wordt verhandeld met $775 miljoen aan beheerd vermogen.',
      },
      {
        heading: 'Van Index Universe tot CoinDesk 5',
        text: 'De ETF biedt gediversifieerde blootstelling aan de belangrijkste cryptocurrencies, waarbij Bitcoin domineert met ~80% van de portefeuille, aangevuld met Ethereum, XRP, Solana en Cardano.',
      },
    ],
    expect: [o('$775 miljoen', 775e6)],
  },
];
