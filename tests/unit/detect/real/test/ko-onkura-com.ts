import { o, p, type RealCase } from '../labels';

// Korean personal blog on an analyst's revised Bitcoin call: targets and past forecasts written with
// Korean scale words (25만 달러, 12만5천 달러, 5만5천 달러), plus a liquidation total (other).
export const cases: RealCase[] = [
  {
    url: 'https://onkura.com/%ed%86%b0-%eb%a6%ac%ec%9d%98-%eb%b9%84%ed%8a%b8%ec%bd%94%ec%9d%b8-%ec%a0%84%eb%a7%9d%ec%9d%b4-%eb%b0%94%eb%80%8c%ec%97%88%ec%96%b4%ec%9a%94-25%eb%a7%8c-%eb%8b%ac%eb%9f%ac%eb%8a%94-%ec%9d%b4%ec%a0%9c-2/amp',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    title: '톰 리의 비트코인 전망이 바뀌었어요: 25만 달러는 이제?',
    blocks: [
      '톰 리가 CNBC 인터뷰에서 예전처럼 25만 달러를 확신하지 않는다고 밝혔어요. 대신 연말까지 10만 달러를 넘을 가능성은 매우 높다고 했죠.',
      '그는 올해 초부터 2025년 말까지 비트코인이 25만 달러에 도달할 것이라고 주장해왔어요.',
      '2018년에는 2022년까지 12만5천 달러를 예측했는데, 실제로 도달한 건 지난 10월이었죠.',
      '2017년 예측은 적중했어요. 2022년까지 2만 달러, 최대 5만5천 달러를 예측했는데, 비트코인은 2020년 12월에 2만 달러, 2021년 3월에 5만5천 달러를 돌파했거든요.',
      '요즘 비트코인은 관세 발표 이후 190억 달러가 청산되면서 하락세를 보이고 있어요.',
    ],
    expect: [
      p('25만 달러', 250000),
      p('10만 달러', 100000),
      p('25만 달러', 250000),
      p('12만5천 달러', 125000),
      p('2만 달러', 20000),
      p('5만5천 달러', 55000),
      p('2만 달러', 20000),
      p('5만5천 달러', 55000),
      o('190억 달러', 19e9),
    ],
  },
];
