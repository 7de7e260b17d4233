import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.odatv.com/ekonomi/3-mart-gram-ceyrek-yarim-cumhuriyet-altini-kac-tl-tablo-kirmizi-gumuste-sert-dusus-dolar-ve-euro-ne-kadar-kripto-para-bitcoinde-ralli-sinyali-120138059',
    lang: 'tr',
    tags: ['prose', 'format'],
    title:
      '3 Mart gram, çeyrek, yarım, Cumhuriyet altını kaç TL? Dolar ve Euro ne kadar? Kripto para: Bitcoin’de ralli sinyali',
    blocks: [
      {
        text: 'ABD Başkanı Donald Trump’ın sözleri sonrası piyasalar hareketlendi. Ons altın 5.360 dolara yükseldi, ancak günün ilerleyen saatlerinde yüzde 1 geriledi.',
        heading: 'ALTINDA YÜZDE 1 GERİLEME',
      },
      {
        text: 'Gram altın, serbest piyasada 7 bin 633 liradan başlarken tablo kırmızıda kaldı. Gram altın, günü 7 bin 450 liradan tamamladı.',
        heading: 'GRAM ALTINDA TABLO KIRMIZI',
      },
      {
        text: 'Çeyrek altın 12 bin 510 liradan, Cumhuriyet ise 49 bin 476 liradan satılıyordu. Çeyrek altın 12 bin 228 TL, Cumhuriyet altını ise 48 bin 762’ye düştü. Yarım altın ise 24 bin 454 TL’den işlem görüyor.',
        heading: 'ÇEYREK ALTIN VE CUMHURİYET ALTINI',
      },
      {
        text: 'Yüzde 5 değer kaybeden gümüş, Salı günü ons başına 90 doların altında kaldı. Ons gümüş 87 dolara kadar geriledi. Gümüş 122 liraya kadar geri çekildi.',
        heading: 'GÜMÜŞTE DÜŞÜŞ',
      },
    ],
    expect: [
      o('5.360 dolara', 5360),
      o('7 bin 633 liradan', 7633, 'TRY'),
      o('7 bin 450 liradan', 7450, 'TRY'),
      o('12 bin 510 liradan', 12510, 'TRY'),
      o('49 bin 476 liradan', 49476, 'TRY'),
      o('12 bin 228 TL', 12228, 'TRY'),
      o('48 bin 762', 48762, 'TRY'),
      o('24 bin 454 TL’den', 24454, 'TRY'),
      o('90 doların', 90),
      o('87 dolara', 87),
      o('122 liraya', 122, 'TRY'),
    ],
  },
  {
    url: 'https://www.odatv.com/ekonomi/3-mart-gram-ceyrek-yarim-cumhuriyet-altini-kac-tl-tablo-kirmizi-gumuste-sert-dusus-dolar-ve-euro-ne-kadar-kripto-para-bitcoinde-ralli-sinyali-120138059',
    lang: 'tr',
    tags: ['prose', 'format'],
    title:
      '3 Mart gram, çeyrek, yarım, Cumhuriyet altını kaç TL? Dolar ve Euro ne kadar? Kripto para: Bitcoin’de ralli sinyali',
    blocks: [
      {
        text: 'Türkiye Cumhuriyet Merkez Bankası (TCMB), doların dünkü efektif kurunu alışta 43,8543, satışta 44,0300 lira olarak açıkladı. TCMB, önceki efektif kurunu alışta 43,7693, satışta 43,9447 lira olarak belirlemişti.',
        heading: 'DOLAR VE EURO’DA SON DURUM',
      },
      {
        text: 'Yeni günde Dolar alışta 43,97 TL ve satışta 43,98 TL’den işlem görüyor. Euro ise aynı saat itibarıyla alışta 51.07 TL, satışta 51.09 TL’den işlem görüyor.',
        heading: 'DOLAR VE EURO’DA SON DURUM',
      },
      {
        text: 'Bitcoin odaklı teknoloji şirketi Jan3’ün CEO’su Samson Mow, altının ons fiyatının 5 bin 247 doları aştığını hatırlatırken “Bitcoin büyük bir geri dönüşün eşiğinde” dedi.',
        heading: 'KRİPTO PARA: RALLİ SİNYALİ',
      },
    ],
    expect: [
      o('43,8543', 43.8543, 'TRY'),
      o('44,0300 lira', 44.03, 'TRY'),
      o('43,7693', 43.7693, 'TRY'),
      o('43,9447 lira', 43.9447, 'TRY'),
      o('43,97 TL', 43.97, 'TRY'),
      o('43,98 TL’den', 43.98, 'TRY'),
      o('51.07 TL', 51.07, 'TRY'),
      o('51.09 TL’den', 51.09, 'TRY'),
      o('5 bin 247 doları', 5247),
    ],
  },
];
