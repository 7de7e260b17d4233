import { o, p, type RealCase } from '../labels';

// Tagalog wire story (AFP, translated). The level is named once, then taken up by "ang virtual unit" and
// "ang currency"; the ETF inflow "$10 bilyon" mixes the dollar sign with a Tagalog scale word.
export const cases: RealCase[] = [
  {
    url: 'https://philippines-times.com/nag-zoom-ang-bitcoin-upang-makapagtala-ng-higit-sa-72000/',
    lang: 'tl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Nag-zoom ang Bitcoin upang makapagtala ng higit sa $72,000',
    blocks: [
      'Umakyat ang Bitcoin sa bagong pinakamataas na antas na $72,000 noong Lunes habang nakakuha ng dagdag na suporta ang pinakasikat na cryptocurrency sa mundo mula sa mas madaling pag-access sa kalakalan at sa paghina ng dolyar.',
      'Umabot ang virtual unit sa $72,717 habang inaabangan din ng mga dealer ang isang paparating na kaganapan sa industriya na karaniwang nagpapataas ng presyo nito sa pamamagitan ng paghihigpit sa supply.',
      'Pinahaba ng pag-akyat noong Lunes ang sunod-sunod na rekord noong nakaraang linggo, nang lampasan ng currency ang dating pinakamataas na $68,991 noong Nobyembre 2021.',
      '“Alam namin na naroroon ang demand, at nagmumula ito sa likod ng $10 bilyon ng mga pag-agos sa mga bitcoin ETF sa Estados Unidos,” sabi ng analyst ng XTB na si Kathleen Brooks sa AFP.',
    ],
    expect: [p('$72,000', 72000), p('$72,717', 72717), p('$68,991', 68991), o('$10 bilyon', 1e10)],
  },
];
