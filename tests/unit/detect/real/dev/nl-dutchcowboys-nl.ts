import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dutchcowboys.nl/technology/bitcoin-in-de-lift-maar-experts-sturen-je-alle-kanten-op-zekerheden-zijn-er-niet',
    lang: 'nl',
    tags: ['prose'],
    title: 'Bitcoin in de lift, maar experts sturen je alle kanten op: zekerheden zijn er niet',
    blocks: [
      'Dat het op dit moment heel goed gaat met de koers van Bitcoin hoeven we niet uit te leggen: je wordt bedolven onder berichten over de cryptomunt. Van ongekende hoogtes tot ver boven de 300.000 dollar tot berichten van de ECB dat Bitcoin geen enkele waarde heeft.',
    ],
    expect: [p('300.000 dollar', 300000)],
  },
];
