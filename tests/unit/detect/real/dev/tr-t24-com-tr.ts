import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://m.t24.com.tr/haber/bitcoin-de-dusus-devam-ediyor-60-bin-300-dolardan-islem-goruyor,1172426',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: "Bitcoin'de düşüş devam ediyor: 60 bin 300 dolardan işlem görüyor",
    blocks: [
      "En büyük kripto para Bitcoin çarşamba günü yüzde 3 gerileyerek 60 bin 300 dolardan işlem görüyor. Bu bölge Nisan'dan beri kritik bir destek; Bitcoin buradan üç kez sıçrayıp 70 bin dolar seviyesini gördü.",
      'Ethereum da aynı sürede yüzde 4 düştü. ETH 3 bin 225 dolardan alıcı bulurken, Solana (SOL) yüzde 8,49 düşüşle 136,15 dolar, Ripple (XRP) yüzde 4,22 düşüşle 0,4591 dolar, Dogecoin (DOGE) yüzde 5,84 düşüşle 0,114 dolar oldu.',
      "Mt. Gox yöneticileri 137 binden fazla Bitcoin'i kademeli olarak alacaklılara iade ediyor; yatırımcılar 8 milyar dolarlık tutarın ne kadarının satılacağını kestiremiyor.",
    ],
    expect: [
      p('60 bin 300 dolardan', 60300),
      p('70 bin dolar', 70000),
      o('3 bin 225 dolardan', 3225),
      o('136,15 dolar', 136.15),
      o('0,4591 dolar', 0.4591),
      o('0,114 dolar', 0.114),
      o('8 milyar dolarlık', 8e9),
    ],
  },
];
