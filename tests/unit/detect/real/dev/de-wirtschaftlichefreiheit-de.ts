import { p, type RealCase } from '../labels';

// Economics blog: an exchange rate written as "EUR/BTC".
export const cases: RealCase[] = [
  {
    url: 'http://wirtschaftlichefreiheit.de/wordpress/?p=21683',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoins',
    blocks: [
      {
        heading: '1. Die Kryptowährung Bitcoin',
        text: 'Eine Besonderheit der Währung Bitcoin ist ihre unabänderliche Obergrenze von 21 Millionen Einheiten. Ein BTC wird geteilt in 100 Bitcent, 1000 mBTC oder 100.000.000 Satoshi. Am 19. Oktober wies der BTC einen Wechselkurs von ca. 4750 EUR/BTC auf. Damit entsprechen etwa 21.000 Satoshi einem Euro.',
      },
    ],
    expect: [p('4750 EUR/BTC', 4750, 'EUR')],
  },
];
