import { o, p, type RealCase } from '../labels';

// Trillions written as thousands of billions: '3.000 tỷ USD', '1.500 tỷ USD'.
export const cases: RealCase[] = [
  {
    url: 'https://cafef.vn/vi-sao-gia-bitcoin-giam-manh-188251122075622741.chn',
    lang: 'vi',
    tags: ['prose', 'change', 'format'],
    title: 'Vì sao giá Bitcoin giảm mạnh?',
    blocks: [
      'Bitcoin - đồng tiền mã hóa đứng đầu thế giới - có lúc giảm tới 7,6%, xuống 80.553 USD trước khi thu hẹp đà giảm trong phiên ngày 21/11. Đồng Ether đứng thứ hai cũng có lúc mất tới 8,9%, xuống dưới 2.700 USD. Nhiều token nhỏ hơn giảm tương tự. Dữ liệu từ CoinGecko cho thấy tổng giá trị thị trường của các đồng tiền số đã rơi xuống dưới 3.000 tỷ USD lần đầu tiên kể từ tháng 4.',
      'Dù Mỹ ủng hộ tiền mã hóa dưới thời Tổng thống Donald Trump và các tổ chức tài chính tham gia mạnh vào ngành, Bitcoin vẫn mất hơn 30% kể từ đỉnh đầu tháng 10. Làn sóng bán tháo xuất hiện sau đợt thanh lý lớn ngày 10 tháng 10, xóa sổ 19 tỷ USD vị thế token dùng đòn bẩy, khiến tổng giá trị thị trường tiền mã hóa mất 1.500 tỷ USD.',
      'Các tổ chức dường như chưa mặn mà mua vào khi thị trường suy yếu. Nhóm 12 quỹ ETF Bitcoin niêm yết tại Mỹ ghi nhận dòng vốn rút ròng 903 triệu USD vào thứ Năm.',
    ],
    expect: [
      p('80.553 USD', 80553),
      o('2.700 USD', 2700),
      o('3.000 tỷ USD', 3e12),
      o('19 tỷ USD', 19e9),
      o('1.500 tỷ USD', 1.5e12),
      o('903 triệu USD', 903e6),
    ],
  },
];
