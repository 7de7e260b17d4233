import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tekniikkatalous.fi/uutiset/tt/10e16be2-a650-434a-86ed-27afb9efd66e',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Tämän oivalsi Greenidge Generation -energiayhtiö New Yorkin osavaltiossa ja asensi kaasuvoimalansa yhteyteen noin 7000 tietokonetta bitcoinin louhintaan.',
      'Koneista osa sijoitettiin sisätiloihin ja osa takapihalle laivakontteihin. Laitteisto rouskuttaa noin 5,5 bitcoinia päivässä, mikä tarkoittaa nykykurssilla noin 50 000 dollaria eli 45 000 euroa päivässä. Vuositasolla tuotto on nykyhinnoilla 16 miljoonaa euroa.',
    ],
    expect: [
      o('50 000 dollaria', 50000),
      o('45 000 euroa', 45000, 'EUR'),
      o('16 miljoonaa euroa', 1.6e7, 'EUR'),
    ],
  },
];
