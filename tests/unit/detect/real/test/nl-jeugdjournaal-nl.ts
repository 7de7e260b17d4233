import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jeugdjournaal.nl/artikel/2404850-25-miljoen-aan-cryptomunten-van-dieven-afgepakt.html?ext=html',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: '25 miljoen aan cryptomunten van dieven afgepakt',
    blocks: [
      '25 miljoen aan cryptomunten van dieven afgepakt',
      'Nog nooit nam de politie in Nederland zo veel cryptomunten in beslag.',
      'De politie heeft voor meer dan 25 miljoen euro aan digitaal geld in beslag genomen. Criminelen bewaarden die cryptomunten online in een digitale portemonnee.',
      'Cryptomunten zoals bitcoin bestaan alleen online. Het is digitaal geld: er zijn geen echte briefjes en munten.',
    ],
    expect: [o('25 miljoen euro', 25e6, 'EUR')],
  },
];
