import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hnonline.sk/focus/biznis/1688447-preco-zacali-digitalne-meny-prudko-padat',
    lang: 'sk',
    tags: ['prose', 'format'],
    title: 'Prečo začali digitálne meny prudko padať',
    blocks: [
      'Kým ešte na prelome januára a februára stál jeden bitcoin viac ako 11-tisíc dolárov, včera sa dotkol hranice šiestich tisícok. Najviac smútia tí, čo do kryptomien vstúpili počas najväčšieho šialenstva – v polovici decembra. Vtedy siahal bitcoin na magickú hranicu 20-tisíc dolárov. Kto ho vtedy kúpil, má dnes investíciu v menej ako tretinovej hodnote.',
      'Ešte počas januára sa najslávnejšia digitálna mena držala medzi 11-tisíc až 13-tisíc dolármi. A práve v posledných dňoch prišla séria tvrdých rán, ktoré ju poslali nemilosrdne nadol.',
    ],
    expect: [
      p('11-tisíc dolárov', 11000),
      p('šiestich tisícok', 6000),
      p('20-tisíc dolárov', 20000),
      p('11-tisíc', 11000),
      p('13-tisíc dolármi', 13000),
    ],
  },
];
