import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.macrobusiness.com.au/2019/07/ecb-smackdown-bitcoin/',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title: 'ECB smackdown on Bitcoin',
    blocks: [
      'ECB smackdown on Bitcoin',
      'While Bitcoin launches back over the $13000USD level in the Asian session today, a quick reply on the currency question from the ECB Twitter account smacked down the crypto bulls:',
      'As for Bitcoin, is $14,000 next?',
      'bskerr2MEMBER',
      'The ECB should look at Deutsche Bank and worry more about its huge exposure than bitcoin.',
      'Hilarious that the USD printers are threatened by facebook coin.',
    ],
    expect: [p('$13000USD', 13000), p('$14,000', 14000)],
  },
];
