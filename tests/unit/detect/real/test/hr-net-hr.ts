import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://net.hr/danas/novac/stvara-se-najveci-financijski-balon-u-povijesti-cijena-bitcoina-narasla-na-17-000-dolara/comment-page-1/',
    lang: 'hr',
    tags: ['prose', 'change', 'format'],
    title: 'Stvara se najveći financijski balon u povijesti? Cijena bitcoina narasla na 17.000 dolara',
    blocks: [
      'Vrijednost bitcoina porasla je na povijesni iznos i sada je 17.000 dolara po jedinici, dok je početkom godine bila tek tisuću dolara.',
      'Bitcoin je na putu da stvori najveći kupovni val ikad, nakon što je njegova vrijednost skočila na povijesnih 17.000 po jedinici.',
      'Vrijednost te digitalne valute samo je jučer na nekim burzama porasla za oko 7000 dolara, odnosno za 52 posto.',
      'To se dogodilo nakon što su hakeri ukrali 62 milijuna dolara vrijednosti bitcoina sa slovenskog tržišta NiceHash.',
      'Kombinirana vrijednost svih bitcoina na svijetu sinoć je procijenjena na oko 270 milijardi dolara.',
    ],
    expect: [
      p('17.000 dolara', 17000),
      p('tisuću dolara', 1000),
      p('17.000', 17000),
      o('7000 dolara', 7000),
      o('62 milijuna dolara', 62e6),
      o('270 milijardi dolara', 270e9),
    ],
  },
  {
    url: 'https://net.hr/danas/rtl-direkt/cijena-zlata-nikad-nije-bila-veca-u-hrvatskoj-se-kupovina-udvostrucila-u-godinu-dana-8da2208a-fbbe-11f0-9465-9600040c8f8e',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Cijena zlata nikad nije bila veća, u Hrvatskoj se kupovina udvostručila u godinu dana',
    blocks: [
      'Cijena zlata nikad u povijesti nije bila viša - probila je granicu od 5.000 dolara po unci, a raste i cijena srebra.',
      'Ma kakve dionice, obveznice ili bitcoini - plemeniti metal koji je od pamtivijeka simbol bogatstva sada je postao ulagački hit. U godinu dana kupovina zlata u Hrvatskoj se udvostručila.',
      'U 2025. vrijednost zlata skočila je za čak 65 posto - jedna unca zlata od 31 grama probila je granicu od 5.000 dolara. Početkom siječnja poluga od jednog kilograma zlata vrijedila je 121 tisuću eura, danas vrijedi 139 tisuća. U svega mjesec dana to je porast od čak 15 posto.',
    ],
    expect: [
      o('5.000 dolara', 5000),
      o('5.000 dolara', 5000),
      o('121 tisuću eura', 121000, 'EUR'),
      o('139 tisuća', 139000, 'EUR'),
    ],
  },
];
