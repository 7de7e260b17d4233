import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.e-haberler.com.tr/kripto-piyasasinda-sarsinti-degerler-dustu',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Kripto piyasasında sarsıntı: Değerler düştü',
    blocks: [
      'Son 24 saatte kripto para piyasası geriledi; Bitcoin ve Ethereum sert düştü. Bitcoin yaklaşık yüzde 6 değer yitirerek 54 bin 250 dolara, Ethereum ise yüzde 9,6 kayıpla 2 bin 864 dolara indi. Bu düşüşlerle küresel kripto para piyasasının değeri 1 trilyon 980 milyar dolara geriledi.',
      'Analistlere göre düşüşün nedeni, artık faaliyette olmayan Mt. Gox’un 10 milyar dolar değerindeki kripto varlıkları sahiplerine dağıtacak olmasının yarattığı satış endişesi.',
    ],
    expect: [
      p('54 bin 250 dolara', 54250),
      o('2 bin 864 dolara', 2864),
      o('1 trilyon 980 milyar dolara', 1.98e12),
      o('10 milyar dolar', 10e9),
    ],
  },
];
