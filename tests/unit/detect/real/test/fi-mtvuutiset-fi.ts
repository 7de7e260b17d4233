import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mtvuutiset.fi/artikkeli/kryptomarkkinoilla-heiluu-bitcoin-laski-kahden-vuoden-pohjanoteeraukseen/8567834',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kryptomarkkinoilla heiluu – bitcoin laski kahden vuoden pohjanoteeraukseen',
    blocks: [
      'Kryptovaluuttojen markkinoilla on viime päivinä taas heilunut poikkeuksellisesti, kun tallettajapaon kohteeksi joutunut kryptovälittäjä FTX keikkuu kaatumisen partaalla.',
      'Bitcoinin hinta on laskenut rajusti, ja se hipoi torstain vastaisena yönä Suomen aikaa 15 600:aa dollaria elpyäkseen myöhemmin hieman.',
      'Vielä viisi päivää sitten hinta oli yli 21 000 dollarin.',
      'Vuosi sitten, kun hinta oli korkeimmillaan, bitcoinista maksettiin yli 69 000 dollaria.',
    ],
    expect: [p('15 600:aa dollaria', 15600), p('21 000 dollarin', 21000), p('69 000 dollaria', 69000)],
  },
  {
    url: 'https://www.mtvuutiset.fi/artikkeli/bitcoinin-kurssi-rikkoi-jalleen-yhden-rajapyykin-verkkorikollistenkin-suosiman-virtuaalivaluutan-arvo-rikkoi-ennatyksen/8027354',
    lang: 'fi',
    tags: ['prose'],
    blocks: [
      'Bitcoinin arvo on noussut voimakkaasti viime vuoden loppupuolelta, vaikka se onkin altis heilahteluille. Lauantai-iltana noin kello 23 yhden bitcoinin arvo oli runsaat 31 000 dollaria, mikä tarkoittaa vajaata 26 000 euroa.',
    ],
    expect: [p('31 000 dollaria', 31000), p('26 000 euroa', 26000, 'EUR')],
  },
  {
    url: 'https://www.mtvuutiset.fi/artikkeli/bitcoin-kuluttaa-reilusti-enemman-sahkoa-kuin-koko-suomi-louhimisprosessi-kay-jatkuvasti-vaikeammaksi-ja-kuluttavammaksi/8077404',
    lang: 'fi',
    tags: ['prose'],
    blocks: [
      'Bitcoinin arvo on jo laskenut 50 000 dollarin huipustaan, mutta sähkönkulutus on silti jatkanut kasvuaan. Cambridgen yliopiston mukaan bitcoinin hiilijalanjälki on yhtä suuri kuin koko Argentiinan.',
      'Valuutta on kuitenkin luotu niin, että sitä on rajallinen määrä, 21 miljoonaa kappaletta. Nyt bitcoineja on louhittu 18,5 miljoonaa.',
    ],
    expect: [p('50 000 dollarin', 50000)],
  },
];
