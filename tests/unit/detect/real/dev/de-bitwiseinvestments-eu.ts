import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitwiseinvestments.eu/de/blog/regular-updates/Bitwise_Crypto_Market_Compass_2025_34/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitwise Crypto Market Compass',
    blocks: [
      'In der vergangenen Woche schnitten Krypto-Assets weiter besser ab als traditionelle Vermögenswerte, allerdings mit deutlich größerer Streuung. Während wichtige Altcoins wie Ethereum (ETH) erneut eine Outperformance erzielten, schloss Bitcoin die Woche im Minus.',
      'Chart der Woche: Der Großteil der jüngsten Outperformance von Ether geht auf überdurchschnittliche Mittelzuflüsse in globale Ethereum-ETPs und vor allem in US-Spot-Ethereum-ETFs zurück, die am Montag letzter Woche mit über 1 Milliarde US-Dollar an Nettozuflüssen an einem einzigen Tag den höchsten Tageswert seit Beginn der Aufzeichnungen erreichten.',
      'Die Dominanz von Bitcoin ist zuletzt auf 58 % gesunken – den niedrigsten Stand seit Januar 2025. Das relative Performanceverhältnis zwischen ETH und BTC stieg letzte Woche auf ein Jahreshoch von 0,039.',
    ],
    expect: [o('1 Milliarde US-Dollar', 1e9)],
  },
];
