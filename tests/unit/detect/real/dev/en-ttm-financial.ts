import { c, type RealCase } from '../labels';

// A stock-forum post comparing two miners: the income-statement lines carry no currency at all (not
// labelled), and the per-coin costs are bare numbers a reader takes as dollars ("the 10k Bitcoin cost").
export const cases: RealCase[] = [
  {
    url: 'https://ttm.financial/m/post/196718698758312',
    lang: 'en',
    tags: ['forum', 'cost', 'format', 'label-value'],
    title: 'Accounting analysis',
    blocks: [
      'Accounting analysis',
      'I have read the press releases about the 10k Bitcoin cost and compared this to other miners (especially Mara), and I find it very misleading.',
      'The reasons for this are:',
      'Riot builds its own buildings while Mara pays a hosting fee',
      'Based on both firms’ 3/31 income statements, I found the following:',
      'Mara',
      'Gross Revenue 51.132 Million',
      'Energy/ Hosting. (33.377) Million (65%)',
      'Selling, General & Adm. (15.344) Million (30%)',
      'Gross Margin. 2.411 Million (5%)',
      'Mara produced 2,195 Bitcoins in the first quarter, for total fees of 48.721 or a cost of 22,196',
      'Riot',
      'Revenue 48.023 Million (Bitcoin mining only)',
      'Direct Costs (21.899) Million (per Press Release- 46%)',
      'Gross Margin (30.912) Million',
      'the above explains more fully why Riot had a loss of 55 Million in quarter 1 while Mara had a loss of 7 Million.',
      '$Riot Blockchain, Inc.(RIOT)$ $Marathon Digital Holdings Inc(MARA)$',
    ],
    expect: [c('10k', 10000), c('22,196', 22196)],
  },
];
