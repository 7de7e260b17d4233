import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bestebank.org/bitcoin/millibitcoin',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'MilliBitcoin uitgelegd',
    blocks: [
      {
        heading: 'Wat is een MilliBitcoin (mɃ of mBTC)?',
        text: 'Elke millibitcoin is 1/1000 deel van de actuele Bitcoin prijs en wordt in Bitcoin-decimalen zo weergegeven: 0.001 Ƀ.',
      },
      {
        heading: 'Wat is een MilliBitcoin (mɃ of mBTC)?',
        text: 'Dit betekent dat 1000 mɃ gelijk is aan 1 Ƀitcoin.',
      },
      {
        heading: 'Wat is een MilliBitcoin (mɃ of mBTC)?',
        text: 'Wanneer de prijs van 1 Bitcoin € 1000,- is, dan is 1 milliBitcoin € 1 waard.',
      },
      {
        heading: 'Hoe kan ik milibitcoins kopen?',
        text: 'Wanneer je Bitcoins koopt bij een Bitcoin beurs verloopt dit automatisch. Je kunt voor elk bedrag Bitcoin kopen; is dat een klein bedrag, dan krijg je MilliBitcoins op je wallet gestort. Wanneer je bij een Bitcoin koers van € 6000,-  aan 60 euro bitcoins gaat kopen, krijg je 60 milibitcoins (0.060) op je Bitcoin wallet gestort.',
      },
    ],
    expect: [
      p('€ 1000,-', 1000, 'EUR'),
      o('€ 1', 1, 'EUR'),
      p('€ 6000,-', 6000, 'EUR'),
      o('60 euro', 60, 'EUR'),
    ],
  },
];
