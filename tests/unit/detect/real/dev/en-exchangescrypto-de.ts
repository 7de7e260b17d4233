import { p, type RealCase } from '../labels';

const url = 'https://exchangescrypto.de/s/en/Bitcoin%27s+Highest+Price+in+AUD/23233';
const title = "Bitcoin's Highest Price Ever in AUD: A Historic Overview";
const cell = (row: string, text: string) => ({ header: 'Price in AUD', row, text });

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Bitcoin’s highest recorded price in AUD came on November 10, 2021, when it hit an astounding AUD 94,000 per Bitcoin, driven by institutional adoption and a retail buying frenzy.',
    ],
    expect: [p('AUD 94,000', 94000, 'AUD')],
  },
  {
    url,
    lang: 'en',
    tags: ['table', 'format'],
    title,
    blocks: [
      cell('November 2017', 'AUD 25,000'),
      cell('December 2017', 'AUD 26,000'),
      cell('March 2020', 'AUD 9,500'),
      cell('December 2020', 'AUD 35,000'),
      cell('November 2021', 'AUD 94,000'),
    ],
    expect: [
      p('AUD 25,000', 25000, 'AUD'),
      p('AUD 26,000', 26000, 'AUD'),
      p('AUD 9,500', 9500, 'AUD'),
      p('AUD 35,000', 35000, 'AUD'),
      p('AUD 94,000', 94000, 'AUD'),
    ],
  },
];
