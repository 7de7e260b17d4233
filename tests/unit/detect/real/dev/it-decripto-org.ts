import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://decripto.org/coingecko-per-estrarre-1-bitcoin-a-casa-in-italia-si-spenderebbero-208-mila-dollari-in-italia/',
    lang: 'it',
    tags: ['cost', 'format'],
    title: 'CoinGecko: per estrarre 1 Bitcoin a casa in Italia si spenderebbero 208 mila dollari',
    blocks: [
      'CoinGecko: per estrarre 1 Bitcoin a casa in Italia si spenderebbero 208 mila dollari',
      'Che il mining di Bitcoin (BTC) costi diversamente da Paese a Paese, per via delle tariffe elettriche, è noto. CoinGecko ha provato a stimare quanto costerebbe estrarre 1 BTC da casa: la forbice va dai 266 dollari di elettricità in Libano a oltre 208.000 dollari in Italia.',
    ],
    expect: [c('208 mila dollari', 208000), c('266 dollari', 266), c('208.000 dollari', 208000)],
  },
];
