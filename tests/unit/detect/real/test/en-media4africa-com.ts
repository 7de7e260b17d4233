import { o, type RealCase } from '../labels';

// "229.8 million" has no currency of its own and is not labelled.
export const cases: RealCase[] = [
  {
    url: 'https://media4africa.com/kenya-second-largest-bitcoin-trader-in-africa',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Kenya second largest bitcoin trader in Africa',
    blocks: [
      'Kenya ranks second in Africa for bitcoin trading, with more than Sh6 billion in transactions between 2015 and 2020, according to Paxful.',
      'Despite the pandemic, 2020 brought record bitcoin trading in Kenya, worth Sh5.1billion, up 472 per cent on 2019.',
      'Nigeria is Africa’s largest bitcoin nation, with Sh63.15billion traded in 2020; South Africa is third at Sh2.1billion and Morocco fourth at 229.8 million.',
      'August saw the highest volume of Kenya shillings trading Sh 969.153 million.',
    ],
    expect: [
      o('Sh6 billion', 6e9, 'KES'),
      o('Sh5.1billion', 5.1e9, 'KES'),
      o('Sh63.15billion', 63.15e9, 'KES'),
      o('Sh2.1billion', 2.1e9, 'KES'),
      o('Sh 969.153 million', 969.153e6, 'KES'),
    ],
  },
];
