import { o, p, type RealCase } from '../labels';

// 'K' after the number before the code: '100K USD', '500K USD'; 'nghìn tỷ' for trillions.
export const cases: RealCase[] = [
  {
    url: 'https://tintucbitcoin.com/bitcoin-dat-24-trieu-usd-nam-2030-du-doan-tu-ark-invest',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'ARK Invest dự đoán Bitcoin có thể đạt 2,4 triệu USD vào năm 2030 nhờ sự chấp nhận và tính khan hiếm.',
      'TinTucBitcoin cho rằng Bitcoin có thể đi ngang thêm một tuần trước khi nhắm tới 100K USD hoặc 103K USD.',
      'Trong bản cập nhật nghiên cứu mới, ARK Invest đưa ra triển vọng cực kỳ lạc quan cho Bitcoin [BTC], cho rằng đồng tiền điện tử này có thể vọt lên 2,4 triệu USD vào năm 2030 trong kịch bản tăng giá.',
      'Công ty cũng nâng Dự đoán cơ bản và Dự đoán bi quan lên lần lượt 1,2 triệu USD và 500K USD.',
      'Kế đến là câu chuyện “vàng kỹ thuật số”, coi BTC như một kho lưu trữ giá trị với vốn hóa thị trường có thể sánh với 18 nghìn tỷ USD của vàng.',
      'Nếu kịch bản tăng giá mạnh nhất của ARK thành hiện thực, vốn hóa thị trường của Bitcoin sẽ lên tới 49 nghìn tỷ USD, vượt cả tổng GDP của Hoa Kỳ và Trung Quốc.',
      'Hiện Bitcoin tiếp tục đà tăng, giao dịch ở mức 94.431,90 USD vào thời điểm viết bài sau khi tăng 1,77% trong 24 giờ qua.',
    ],
    expect: [
      p('2,4 triệu USD', 2.4e6),
      p('100K USD', 100000),
      p('103K USD', 103000),
      p('2,4 triệu USD', 2.4e6),
      p('1,2 triệu USD', 1.2e6),
      p('500K USD', 500000),
      o('18 nghìn tỷ USD', 18e12),
      o('49 nghìn tỷ USD', 49e12),
      p('94.431,90 USD', 94431.9),
    ],
  },
];
