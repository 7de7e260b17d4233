import { p, type RealCase } from '../labels';

// Turkish editions of Glassnode's weekly on-chain newsletter.
export const cases: RealCase[] = [
  {
    url: 'https://insights.glassnode.com/turkish/the-week-onchain-week-13-2025-turkish',
    lang: 'tr',
    tags: ['format', 'prose'],
    title: 'Yavaş Sönümlenme',
    blocks: [
      'Bitcoin bu hafta düşüşünü sürdürürken satış yorgunluğu belirtileri görülüyor, ancak net bir trend dönüşü yok.',
      {
        heading: 'Yönetici Özeti',
        text: 'Bitcoin piyasası, 76.000 ile 87.000 aralığında konsolidasyonunu sürdürüyor. Gerçekleşen Kar/Zarar Oranı kısa vadeli satıcı tükenmesine işaret etmeye başlasa da, sürdürülebilir bir yükseliş momentumunun yenilendiğine dair henüz bir işaret yok.',
      },
      {
        heading: 'Yönetici Özeti',
        text: 'Zarardaki arz 4,7 milyon BTC ile yüksek seviyelerde seyrediyor ve zarardaki coinlerin davranışı orta düzeyde yatırımcı stresine işaret ediyor.',
      },
      {
        heading: 'Kısa Vadeli Rahatlama',
        text: "Dijital varlık piyasalarında son haftalarda, Bitcoin fiyatlarının tüm zamanların en yüksek seviyesinin (ATH) %30 altında işlem görmesiyle istikrarlı bir düşüş eğilimi hakim. Bu düzeltme sürecinde 76.000 ile 85.000 aralığı Şubat sonundan bu yana kritik bir ilgi alanı olarak öne çıktı. Aralığın dibine yönelen her satış dalgası hızlı bir toparlanmayla karşılandı ve fiyatlar 80.000$'ın altına indiğinde güçlü bir tepkisel talep görüldü.",
      },
    ],
    expect: [
      p('76.000', 76000),
      p('87.000', 87000),
      p('76.000', 76000),
      p('85.000', 85000),
      p('80.000$', 80000),
    ],
  },
  {
    url: 'https://insights.glassnode.com/turkish/the-week-onchin-week-39-2022-turkish/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Büyük Detoks',
    blocks: [
      'Bitcoin, psikolojik 20 bin dolarlık bölgenin altında bir kez daha reddedildi ve Kısa Vadeli Sahipleri ciddi gerçekleşmemiş kayıplara sürükledi. HODLer’lar ise pek çok ölçümde kararlılığını korudu.',
      {
        heading: 'Büyük Detoks',
        text: 'DXY endeksindeki yeni yerel zirvelerle küresel likiditedeki buharlaşma sürerken Bitcoin dikkat çekici bir güç gösterdi. BTC fiyatları bu hafta 19.639 dolarlık zirve ile 18.309 dolarlık dip arasında işlem gördü. Yine de fiyat, Temmuz ayında belirlenen konsolidasyon aralığının alt ucuna zar zor tutunuyor.',
      },
    ],
    expect: [p('20 bin dolarlık', 20000), p('19.639 dolarlık', 19639), p('18.309 dolarlık', 18309)],
  },
  {
    url: 'https://insights.glassnode.com/turkish/the-week-onchain-week-3-2023-turkish/amp/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin Geri Mi Döndü?',
    blocks: [
      "Bitcoin tarihinin en az dalgalı dönemlerinden birinin ardından piyasa bu hafta %23,3'lük, patlayıcı bir ralli gerçekleştirdi. BTC fiyatları, yaygın olarak izlenen birkaç teknik ve zincir üstü fiyatlandırma modelini kırarak haftalık en düşük seviye olan 17 bin dolardan 21 bin doların üzerine çıktı.",
      'Bu sayıda ortalama bir madenci için tahmini stres noktalarını ve ağ faaliyetine dayalı gerçeğe uygun değer modellerini de ele alacağız.',
    ],
    expect: [p('17 bin dolardan', 17000), p('21 bin doların', 21000)],
  },
  {
    url: 'https://insights.glassnode.com/turkish/the-week-onchain-week-13-2023-turkish/amp/',
    lang: 'tr',
    tags: ['format', 'prose'],
    title: 'Zamanın Değeri',
    blocks: [
      'BTC fiyatlarının 26,7 bin $ ile 28,7 bin $ arasında dar bir aralıkta konsolide olmasıyla piyasa bu hafta bir duraklama yaşadı. Geçen haftaki güçlü performansın ardından piyasa nefes alıyor.',
      {
        heading: 'Bahisleri Masadan Kaldırmak',
        text: "Son haftalardaki güçlü fiyat artışına yanıt olarak yatırımcılar borsalara daha fazla coin yatırdı. Net borsa akışları bu hafta yaklaşık 4,18 bin BTC artarak Mayıs 2022'deki LUNA çöküşünden bu yana en büyük net artışa ulaştı.",
      },
      {
        heading: 'Bahisleri Masadan Kaldırmak',
        text: 'Uzun ve Kısa Vadeli sahiplerin borsalara gönderdiği coinler bu hafta toplam 31 bin BTC ile zirve yaptı.',
      },
    ],
    expect: [p('26,7 bin $', 26700), p('28,7 bin $', 28700)],
  },
  {
    url: 'https://insights.glassnode.com/turkish/the-week-onchain-week-28-2023-turkish/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'İki Arada Bir Derede',
    blocks: [
      "Bitcoin fiyatları 2021-22 döngüsünün 'orta noktası' olan 30 bin dolara ulaştı ve birçok ölçüt geçmiş döngülerdeki 'yeniden birikim dönemi' ile ilişkilendirilen seviyelere yaklaşıyor.",
      {
        heading: 'Yönetici Özeti',
        text: 'Bitcoin fiyatları 2021-23 döngüsünün orta noktası olan 30 bin dolar civarında konsolide oluyor ve 2023 fiyat performansı tarihsel olarak güçlü kalmaya devam ediyor.',
      },
      {
        heading: 'Bekletme Tamam',
        text: "Bitcoin piyasası 2023 kazançlarının çoğunu elinde tuttu ve son haftalarda 31 bin doların üzerine çıktı. Kasım 2022'nin dipleri gerçekten döngü tabanıysa, 2023'teki en derin düşüş yalnızca -%18 oldu.",
      },
    ],
    expect: [p('30 bin dolara', 30000), p('30 bin dolar', 30000), p('31 bin doların', 31000)],
  },
  {
    url: 'https://insights.glassnode.com/cn/the-week-onchain-week-23-2022-turkish/amp/',
    lang: 'tr',
    tags: ['format', 'prose'],
    title: 'Baskı ve Stres Ortamında Madenci Gelirleri',
    blocks: [
      "Kanlı dokuz kırmızı haftanın ardından piyasa ilk kez haftalık mumunu yeşil kapattı, ancak %1,57'lik sönük bir mum oldu. Piyasa, haftalık en yüksek 31.900 $ ile 29.375 $ en düşük seviyeleri arasında işlem gördü.",
      'Tırmanan zorluğa rağmen madenci gelirlerinin belirgin biçimde düştüğünü görüyoruz; bu da gelirler azalırken üretim maliyetlerinin arttığını gösteriyor.',
    ],
    expect: [p('31.900 $', 31900), p('29.375 $', 29375)],
  },
];
