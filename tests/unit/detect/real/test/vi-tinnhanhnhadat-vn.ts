import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tinnhanhnhadat.vn/gia-bitcoin-lap-dinh-lich-su-121-000-usd.html',
    lang: 'vi',
    tags: ['prose', 'anaphora'],
    title: 'Giá Bitcoin lập đỉnh lịch sử 121.000 USD',
    blocks: [
      'Giá Bitcoin lập đỉnh lịch sử 121.000 USD',
      'Ngày 14/7, giá Bitcoin vọt lên mức cao kỷ lục mới trên 120.000 USD, nhờ dòng tiền đổ mạnh vào các quỹ ETF tiền điện tử.',
      'Dữ liệu từ Coin Metrics cho thấy đồng tiền kỹ thuật số lớn nhất thế giới theo vốn hóa thị trường đã chạm đỉnh 121.249,90 USD, mức cao nhất từ trước tới nay.',
      'Động lực chính của đà tăng là dòng vốn bùng nổ vào các quỹ ETF Bitcoin. Riêng ngày 10/7 tuần trước, các quỹ này đón dòng tiền vào lớn nhất kể từ đầu năm 2025, lên tới 1,18 tỷ USD.',
      'Ông Jeff Mei, Giám đốc điều hành sàn giao dịch BTSE, nói với CNBC: “Chúng tôi tin đà tăng của Bitcoin chủ yếu do các nhà đầu tư tổ chức dài hạn dẫn dắt. Điều này có thể đẩy giá lên mốc 125.000 USD trong vòng một hoặc hai tháng tới".',
    ],
    expect: [
      p('121.000 USD', 121000),
      p('120.000 USD', 120000),
      p('121.249,90 USD', 121249.9),
      o('1,18 tỷ USD', 1.18e9),
      p('125.000 USD', 125000),
    ],
  },
];
