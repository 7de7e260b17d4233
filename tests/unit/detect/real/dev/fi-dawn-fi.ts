import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dawn.fi/uutiset/2026/02/12/bitcoinin-louhinta-maksaa-nyt-enemman-kuin-bitcoin',
    lang: 'fi',
    tags: ['prose', 'format'],
    title: 'Bitcoinin louhinta maksaa nyt enemmän kuin bitcoin',
    blocks: [
      'Kryptovaluutta bitcoinin arvo on romahtanut viime kuukausina hurjaa vauhtia.',
      'Samaan aikaan bitcoinin louhintaan tarvittavan laskentatehon ja siten sähköenergian määrä ei ole laskenut lainkaan.',
      'Tästä on seurannut tilanne, jossa bitcoinien louhinta – eli uusien bitcoinien tuottaminen tietokoneella laskemalla – ei ole enää kannattavaa liiketoimintaa.',
      'Tällä hetkellä louhiminen kannattaa vain, jos sähkön hinta veroineen ja siirtomaksuineen saadaan painettua noin kuuteen senttiin kilowattitunnilta. Esimerkiksi Kiinassa yritysten keskimäärin maksama sähkön kokonaishinta on jo lähes kaksinkertainen tuohon tasoon nähden.',
    ],
    expect: [o('kuuteen senttiin', 0.06, 'EUR')],
  },
];
