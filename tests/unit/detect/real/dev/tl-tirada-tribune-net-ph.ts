import { o, type RealCase } from '../labels';

// Tagalog tabloid. A crypto-scam loss written with a Latin "P" for the peso sign and the Tagalog scale
// word: "P5.5 milyon", "P2 milyon". "umabot ... sa milyong piso" (into the millions) has no amount.
export const cases: RealCase[] = [
  {
    url: 'https://tirada.tribune.net.ph/index.php/2023/05/23/ofw-sa-hong-kong-nabiktima-ng-crypto-scam',
    lang: 'tl',
    tags: ['prose', 'format'],
    title: 'OFW sa Hong Kong nabiktima ng crypto scam',
    blocks: [
      'Isang Pinay na overseas Filipino worker sa Hong Kong ang umano’y nabiktima ng cryptocurrency scam at nawalan ng mahigit P5.5 milyon na inilagak niya bilang investment sa cryptocurrency sa pamamagitan ng social media.',
      'Sa mga unang transaksyon, may bumalik umanong pera kay Joy, kaya nahikayat siyang ituloy ang pagpapadala hanggang umabot ito sa milyong piso sa pag-aakalang lalago pa ang kaniyang ipon.',
      'Sa loob ng ilang araw, umabot umano sa mahigit P2 milyon ang naipadalang pera ni Joy. Pero nang magpasya siyang kunin na ito, pinagbabayad daw siya ng 20% ng halaga ng kaniyang investment.',
      'Sa kabuuan, aabot umano sa mahigit P5.5 milyon ang nawala kay Joy sa cryptocurrency investment scam.',
    ],
    expect: [o('P5.5 milyon', 5.5e6, 'PHP'), o('P2 milyon', 2e6, 'PHP'), o('P5.5 milyon', 5.5e6, 'PHP')],
  },
];
