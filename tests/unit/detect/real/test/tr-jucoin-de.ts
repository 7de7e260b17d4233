import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.jucoin.de/tr/community/post/493148897642033536',
    lang: 'tr',
    tags: ['label-value', 'format', 'forum'],
    title: 'Kripto para piyasa değeri nedir?',
    blocks: [
      'Kripto para piyasa değerinin hesaplanması basit ama kritiktir:',
      'Formül:',
      'Piyasa Değeri = Dolaşımdaki Toplam Coin Sayısı × Birim Fiyat',
      'Örneğin Bitcoin’in dolaşımda 19 milyon coin’i olduğunu ve her birinin $30.000 işlem gördüğünü varsayalım; bu durumda piyasa değeri:',
      '19 milyon × $30.000 = $570 milyar',
      'Bu rakam, Bitcoin’in diğer kriptolar karşısındaki hakimiyetine dair anında fikir verir ve farklı varlıkları karşılaştırmayı kolaylaştırır.',
    ],
    expect: [p('$30.000', 30000), p('$30.000', 30000), o('$570 milyar', 570e9)],
  },
];
