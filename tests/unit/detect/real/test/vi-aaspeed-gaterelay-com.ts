import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aaspeed.gaterelay.com/vi/post/status/18662915',
    lang: 'vi',
    tags: ['prose', 'format'],
    blocks: [
      'Giá BTC giảm hơn 50% so với đỉnh cao, thị trường đã xảy ra điều gì?',
      'Nhìn vào kết quả, đây là một đợt giảm theo xu hướng điển hình. Dữ liệu từ Gate.com cho thấy Bitcoin đi vào kênh giảm rõ rệt từ ngày 14/01/2026, liên tục trượt từ 97,941 USD và chạm đáy ở mức 59,980 USD vào ngày 06/02. So với đỉnh lịch sử 124,659 USD lập ngày 06/10/2025, tổng mức giảm của BTC đã lên tới 51.8%.',
      'Đáng chú ý hơn, giá Bitcoin trong đợt giảm này đã xuyên thủng đỉnh lịch sử của chu kỳ trước năm 2021 là 69,000 USD. Mốc này từ lâu được xem như “ranh giới giữa bò và gấu” trong tâm lý thị trường; mất mốc này thường tác động thật sự đến câu chuyện dài hạn.',
    ],
    expect: [
      p('97,941 USD', 97941),
      p('59,980 USD', 59980),
      p('124,659 USD', 124659),
      p('69,000 USD', 69000),
    ],
  },
];
