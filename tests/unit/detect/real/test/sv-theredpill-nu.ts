import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://theredpill.nu/home/?query-8-page=2',
    lang: 'sv',
    tags: ['prose', 'format'],
    title: 'Kan Bitcoin utkonkurreras?',
    blocks: [
      {
        heading: 'Kan Bitcoin utkonkurreras?',
        text: 'OK, då har man en egen kryptovaluta, men man har inte en valuta som är värd 1,3 biljoner dollar, som används av miljontals människor världen över och som till skillnad från fiatvalutor behåller sitt värde.',
      },
    ],
    expect: [o('1,3 biljoner dollar', 1.3e12)],
  },
];
