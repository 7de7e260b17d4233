import { p, type RealCase } from '../labels';

// '21 triệu đồng Bitcoin' is 21 million coins ('đồng' as the classifier for coins), not 21 million dong.
export const cases: RealCase[] = [
  {
    url: 'https://tenovi.net/tu-khoa/khoa-hoc-doi-song.html/540',
    lang: 'vi',
    tags: ['prose', 'format'],
    blocks: [
      'Bitcoin vừa rơi xuống chỉ còn 4.000 USD, từ mức giá kỷ lục 20.000 USD cuối năm 2017, một cơn ác mộng với nhà đầu tư trên thị trường tiền mã hóa. Nhưng còn một cơn ác mộng khác tệ hơn nhiều: ngày 21 triệu đồng Bitcoin bị đào hết.',
    ],
    expect: [p('4.000 USD', 4000), p('20.000 USD', 20000)],
  },
];
