import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.todayscrypto.news/it/bitcoin-quanto-costa-estrarre-1-btc-a-casa/',
    lang: 'it',
    tags: ['cost', 'prose'],
    title: 'Bitcoin: quanto costa estrarre 1 BTC a casa?',
    blocks: [
      'Come si vede dalla mappa, il divario è enorme: si va da 266 dollari di elettricità in Libano a più di 208.000 dollari in Italia.',
      'La Francia non compare nello studio, ma con un kWh medio di 0,2276 euro nel 2023, moltiplicato per i 266.000 kWh stimati, si arriva a 60.541,6 euro per 1 BTC, cioè 65.828 dollari al cambio attuale.',
      'Tra i Paesi dove il mining è consentito, il Bhutan è 10° con 4.256,33 dollari per BTC.',
    ],
    expect: [
      c('266 dollari', 266),
      c('208.000 dollari', 208000),
      o('0,2276 euro', 0.2276, 'EUR'),
      c('60.541,6 euro', 60541.6, 'EUR'),
      c('65.828 dollari', 65828),
      c('4.256,33 dollari', 4256.33),
    ],
  },
];
