import { c, p, type RealCase } from '../labels';

// The same page writes the cost both as '70,000 USD' and '70.000 USD'.
export const cases: RealCase[] = [
  {
    url: 'https://dubaotiente.com/chi-phi-san-xuat-bitcoin-du-kien-tang-tren-70000-usd-vao-cuoi-quy-2-62618.html',
    lang: 'vi',
    tags: ['cost', 'prose', 'format'],
    title: 'Chi phí sản xuất Bitcoin dự kiến tăng trên 70,000 USD vào cuối quý 2',
    blocks: [
      'Chi phí sản xuất Bitcoin dự kiến tăng trên 70,000 USD vào cuối quý 2',
      'Chi phí trung bình để khai thác một Bitcoin trong quý hai năm 2025 đã vượt 70.000 USD vì hashrate và giá điện cùng tăng. Giá BTC vẫn cao, nhưng biên lợi nhuận của các thợ đào kém hiệu quả đang co lại.',
      'Theo báo cáo mới của TheMinerMag, chi phí trung bình để khai thác một Bitcoin được ước tính đã vượt mốc 70,000 USD trong quý hai năm 2025. Ở quý cuối năm 2024, chi phí trung bình để tạo ra một BTC là khoảng 52,000 USD, rồi lên 64,000 USD trong quý một và tăng thêm hơn 9% trong quý hai.',
      'TheMinerMag viết: “Chi phí sản xuất trực tiếp dự kiến sẽ vượt ngưỡng 70,000 USD trong quý hiện tại.”',
      'Chi phí sản xuất Bitcoin theo công ty. Nguồn: TheMinerMag',
      'Dù chi phí tăng, với giá Bitcoin hiện giao dịch quanh mốc 107,600 USD, phần lớn thợ đào vẫn còn một khoảng lợi nhuận đáng kể.',
    ],
    expect: [
      c('70,000 USD', 70000),
      c('70.000 USD', 70000),
      c('70,000 USD', 70000),
      c('52,000 USD', 52000),
      c('64,000 USD', 64000),
      c('70,000 USD', 70000),
      p('107,600 USD', 107600),
    ],
  },
];
