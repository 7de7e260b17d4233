import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pamparampa.com/bitcoin-en-onemli-testini-gecemiyor-11-aylik-dusus-deger-saklama-islevinin-kirildigini-gosteriyor',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'change', 'format'],
    blocks: [
      'Bitcoin’in yılı genellikle dolar grafiği üzerinden anlatılır; bu, BTC’nin iki aylık şiddetli bir aralıkta dalgalandığı kaotik bir dördüncü çeyreği yakalayan tanıdık bir çerçevedir.',
      'Fiyat, Ekim sonunda yaklaşık 124,700 dolara yükseldikten sonra Kasım’da 80,000 dolara doğru geriledi; bu, zirveden dibe 40,000 dolardan fazla bir kayıp demekti.',
      {
        text: 'Haftalık kapanışlarda Bitcoin dolar cinsinden Ocak seviyelerinin yalnızca yaklaşık %10 altında; ancak bu mütevazı düşüş, 125,000 dolara hızlı bir yükselişin ardından birkaç hafta içinde 80,000 dolara keskin bir düşüşü gizliyor.',
        heading: 'Dolar grafiğinde görmediğiniz ayı',
      },
      {
        text: 'Aralık ortasına kadar istikrar sağladıktan sonra 5 Aralık’ta 89,348 dolardan 12 Aralık’ta 92,300 dolara toparlansa da, altına karşı oran bambaşka bir tablo çiziyor.',
        heading: 'Dolar grafiğinde görmediğiniz ayı',
      },
    ],
    expect: [
      p('124,700 dolara', 124700),
      p('80,000 dolara', 80000),
      o('40,000 dolardan', 40000),
      p('125,000 dolara', 125000),
      p('80,000 dolara', 80000),
      p('89,348 dolardan', 89348),
      p('92,300 dolara', 92300),
    ],
  },
];
