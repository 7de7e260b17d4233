import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ekonomim.com/finans/kripto-para/bitcoin-fiyati-beklentilerden-daha-erken-dip-yapabilir-haberi-879474',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin fiyatı beklentilerden daha erken dip yapabilir',
    blocks: [
      'Bitwise’ın son piyasa analizine göre Bitcoin fiyatının döngüsel dibe ulaşması beklenenden daha kısa sürede gerçekleşebilir.',
      'Bu döngünün zirvesi, Bitcoin’in yaklaşık 126.000 dolar ile tüm zamanların en yüksek seviyesine ulaştığı Ekim 2025’te gerçekleşti. Geleneksel çerçeveye göre dip Ekim 2026 civarında beklense de Bitwise, dibin haziran veya temmuzda oluşabileceğini vurguluyor.',
    ],
    expect: [p('126.000 dolar', 126000)],
  },
];
