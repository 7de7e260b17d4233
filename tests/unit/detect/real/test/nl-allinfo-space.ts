import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://allinfo.space/2024/04/20/beloning-voor-bitcoinminers-is-gehalveerd-naar-3125btc/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Beloning voor bitcoinminers is gehalveerd naar 3,125BTC',
    blocks: [
      'Beloning voor bitcoinminers is gehalveerd naar 3,125BTC',
      "De bitcoin is weer 'gehalveerd': na het minen van block 840.000 krijgen miners nog maar 3,125BTC voor hun moeite. Tot gisteren was dat 6,25BTC.",
      'Door het halveren wordt minen minder aantrekkelijk, al is de beloning omgerekend in echt geld nog steeds veel hoger dan bij de vorige halvering in 2020. Toen was de beloning van 6,25BTC zo’n 50.000 euro waard, terwijl 3,125BTC met de huidige koers zo’n 192.000 euro waard is.',
    ],
    expect: [o('50.000 euro', 50000, 'EUR'), o('192.000 euro', 192000, 'EUR')],
  },
];
