import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kriptomagic.com/haberler/-madencilikte-verimlilik-yar-enerji-maliyeti-ve-kar-marjlar-analizi',
    lang: 'tr',
    tags: ['cost', 'format'],
    title: 'Madencilikte Verimlilik Yarışı: Enerji Maliyeti ve Kâr Marjları Analizi',
    blocks: [
      {
        heading: '1) 2025 Sonbaharında Fotoğraf: Rekor Hashrate, Sıkışan Marjlar',
        text: 'Ekim sonunda aylık ortalama hashrate 1 ZH/s eşiğini geçerek yeni zirveye ulaştı. Kasım başında dolar bazlı hashprice yaklaşık 43–50 $/PH/gün aralığında dolaştı; bu bant, ücretlerin düşük olduğu dönemlerde marjları hızla eritiyor.',
      },
      {
        heading: '2) Hashprice Gerçekliği: Gelirin Nabzı',
        text: 'Hashprice, 1 PH/s hesap gücünün bir günde getirmesi beklenen geliri gösterir. 2025 boyunca genelde 40–60 $/PH/gün bandında gezindi; Kasım başındaki ~43,33 $/PH/gün okuması, ücret gelirinin zayıf kaldığı günlerde kârlılığın ne kadar kırılgan olduğunu gösterdi.',
      },
    ],
    expect: [o('43', 43), o('50 $', 50), o('40', 40), o('60 $', 60), o('43,33 $', 43.33)],
  },
];
