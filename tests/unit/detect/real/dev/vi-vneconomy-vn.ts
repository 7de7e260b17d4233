import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vneconomy.vn/bitcoin-dot-ngot-lao-doc-von-hoa-boc-hoi-150-ty-usd-trong-24-tieng.htm',
    lang: 'vi',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin đột ngột lao dốc, vốn hóa bốc hơi 150 tỷ USD trong 24 tiếng',
    blocks: [
      'Bitcoin đột ngột lao dốc, vốn hóa bốc hơi 150 tỷ USD trong 24 tiếng',
      'Giá Bitcoin trượt về 34.000 USD, từ mức kỷ lục gần 42.000 USD vào cuối tuần vừa rồi',
      'Ngày 11/1, giá Bitcoin cùng nhiều đồng tiền ảo khác giảm mạnh, làm tổng giá trị vốn hóa của thị trường tiền ảo mất khoảng 150 tỷ USD chỉ trong 24 tiếng đồng hồ.',
      'Lúc hơn 13h chiều giờ Việt Nam, giá Bitcoin theo dữ liệu trên trang Coinmarketcap.com là 34.129 USD, thấp hơn gần 14% so với 24 tiếng trước đó.',
      'Vốn hóa của thị trường tiền ảo lúc này gần 944 tỷ USD, giảm hơn 150 tỷ USD so với mức gần 1,1 nghìn tỷ USD của ngày hôm trước. Riêng vốn hóa của Bitcoin là gần 630 tỷ USD.',
      'Cùng lúc, đồng tiền kỹ thuật số lớn thứ nhì thế giới là Ether mất hơn 17%, còn dưới 1.070 USD.',
      'Thứ Sáu tuần trước, giá Bitcoin lập đỉnh mọi thời đại mới gần 42.000 USD, gấp hơn 4 lần so với đáy hồi tháng 3 năm ngoái.',
      'Trong một báo cáo gần đây, ngân hàng JPMorgan Chase dự báo giá Bitcoin có thể đạt 146.000 USD về dài hạn.',
    ],
    expect: [
      o('150 tỷ USD', 150e9),
      p('34.000 USD', 34000),
      p('42.000 USD', 42000),
      o('150 tỷ USD', 150e9),
      p('34.129 USD', 34129),
      o('944 tỷ USD', 944e9),
      o('150 tỷ USD', 150e9),
      o('1,1 nghìn tỷ USD', 1.1e12),
      o('630 tỷ USD', 630e9),
      o('1.070 USD', 1070),
      p('42.000 USD', 42000),
      p('146.000 USD', 146000),
    ],
  },
];
