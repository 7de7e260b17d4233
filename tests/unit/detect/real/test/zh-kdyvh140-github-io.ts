import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kdyvh140.github.io/2025/09/05/%E9%A6%99%E6%B8%AF%E9%A6%96%E6%89%B9%E6%AF%94%E7%89%B9%E5%B8%81-%E4%BB%A5%E5%A4%AA%E5%B8%81%E7%8E%B0%E8%B4%A7ETF%E5%85%A8%E8%A7%A3%E6%9E%90-%E4%BB%A3%E5%8F%B7-%E5%85%A5%E9%97%A8%E9%97%A8%E6%A7%9B-%E8%B4%B9%E7%8E%87%E4%B8%8E%E5%AE%9E%E6%88%98%E4%BC%98%E5%8A%BF',
    lang: 'zh',
    tags: ['label-value', 'format'],
    title: '香港首批比特币、以太币现货ETF全解析',
    blocks: [
      {
        heading: '一、六只现货ETF登场,代号与发行速览',
        text: '- 博时 HashKey 比特币(03008):每手 10 股,上市首日入场费约 487 港币',
      },
      {
        heading: '一、六只现货ETF登场,代号与发行速览',
        text: '- 博时 HashKey 以太币(03009):每手 10 股,入场费约 249 港币',
      },
      {
        heading: '一、六只现货ETF登场,代号与发行速览',
        text: '- 华夏比特币(03042)、华夏以太币(03046):每手 100 股,入场费约 783 港币',
      },
      '相比之下,香港现有的比特/以太期货 ETF 每手入场费在 1,100 至 2,400 港币之间,现货 ETF 门槛明显更低。',
    ],
    expect: [
      o('487 港币', 487, 'HKD'),
      o('249 港币', 249, 'HKD'),
      o('783 港币', 783, 'HKD'),
      o('1,100', 1100, 'HKD'),
      o('2,400 港币', 2400, 'HKD'),
    ],
  },
];
