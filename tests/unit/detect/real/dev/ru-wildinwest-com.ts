import { o, p, type RealCase } from '../labels';

// Russian retelling of a 2010 BitcoinTalk thread: 220 BTC offered "всего за один доллар" (a total for many coins,
// written in words) and a per-coin price below half a cent, also in words.
export const cases: RealCase[] = [
  {
    url: 'https://wildinwest.com/samyj-dorogoj-otkaz-v-istorii-kriptovalyut',
    lang: 'ru',
    tags: ['forum', 'format', 'anaphora'],
    title: 'Самый дорогой отказ в истории криптовалют',
    blocks: [
      'История Bitcoin знает немало упущенных возможностей, но один из самых показательных эпизодов случился в самом начале. В 2010 году, когда биткоин интересовал лишь энтузиастов и программистов, на одном из форумов появилось предложение продать 220 BTC всего за один доллар. По сути один биткоин стоил тогда меньше половины цента.',
      'Один из пользователей увидел это предложение и ответил фразой, которая потом стала символом упущенной выгоды: «F*ck that shit». Он решил, что даже один доллар за цифровые монеты — слишком рискованная трата.',
    ],
    expect: [o('один доллар', 1), p('половины цента', 0.005), o('один доллар', 1)],
  },
];
