import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://xn--kpabitcoin-ecb.io/bitcoin-till-sek/',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin till SEK',
    blocks: [
      'Bitcoin lanserades 2009 och räknas som den första kryptovalutan på marknaden. Sedan lanseringen har priset vuxit kraftigt. I april 2011 låg värdet på 1 dollar och i april 2021 nådde kryptovalutan ett rekordpris som närmade sig 65 000 dollar. I juli 2021 låg värdet på ungefär hälften av aprilnivån, närmare bestämt mellan 32 000 och 35 000 dollar.',
      {
        heading: 'Bitcoin kurshistorik',
        text: 'Ett tydligt exempel kom 2011. Då steg Bitcoins pris från 1 dollar i april till 32 dollar i juni samma år, en ökning på 3200% på bara tre månader! Uppgången följdes av en kraftig nedgång på kryptomarknaden, och i november samma år låg Bitcoins pris på 2 dollar.',
      },
    ],
    expect: [
      p('1 dollar', 1),
      p('65 000 dollar', 65000),
      p('32 000', 32000),
      p('35 000 dollar', 35000),
      p('1 dollar', 1),
      p('32 dollar', 32),
      p('2 dollar', 2),
    ],
  },
];
