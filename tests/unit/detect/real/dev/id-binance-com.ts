import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.com/id/square/post/997662',
    lang: 'id',
    tags: ['cost', 'format', 'forum'],
    blocks: [
      'Menurut laporan CoinGecko yang dikutip Cointelegraph, tagihan listrik rumah tangga untuk menambang Bitcoin (BTC) sangat berbeda antarnegara. Di Italia, biaya memproduksi satu Bitcoin mencapai $208.500, sementara di Lebanon sekitar 783 kali lebih murah.',
      'Italia menjadi negara dengan biaya produksi bitcoin rumah tangga tertinggi, yakni $208,560.33 per bitcoin, disusul Austria $184,352.44 dan Belgia $172,381.50. Di Lebanon, listrik rumah tangga hanya membebani penambang $266,02 untuk satu Bitcoin — kira-kira 783 kali lebih murah dibanding Italia yang $208,560.33.',
    ],
    expect: [
      c('$208.500', 208500),
      c('$208,560.33', 208560.33),
      c('$184,352.44', 184352.44),
      c('$172,381.50', 172381.5),
      c('$266,02', 266.02),
      c('$208,560.33', 208560.33),
    ],
  },
];
