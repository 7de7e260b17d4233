import { o, p, type RealCase } from '../labels';

// Malay news. A bribe in words, "suku juta ringgit" (a quarter million ringgit), and the coin price glued
// "RM160,000" at the very end of the article. "berbillion ringgit" (billions of ringgit) has no amount.
export const cases: RealCase[] = [
  {
    url: 'https://majoriti.com.my/berita/2022/02/28/pengusaha-bitcoin-terlibat-rasuah-bernilai-billion-ringgit-dalam-radar-sprm',
    lang: 'ms',
    tags: ['prose', 'format'],
    title: 'Pengusaha bitcoin terlibat rasuah bernilai billion ringgit dalam radar SPRM',
    blocks: [
      'BEBERAPA pengusaha bitcoin yang dipercayai menjalankan operasi dengan sumber tenaga curi kini dipantau Suruhanjaya Pencegahan Rasuah Malaysia (SPRM) kerana didakwa terlibat dalam rasuah melibatkan berbillion ringgit.',
      'Majoriti difahamkan, pengusaha-pengusaha ini yang mempunyai premis di hampir setiap negeri sanggup membayar sehingga suku juta ringgit untuk mengelak daripada diambil tindakan oleh pihak berkuasa.',
      'Selain wang tunai, sindiket terbabit didakwa turut menawarkan bitcoin sebagai imbuhan kepada anggota penguat kuasa yang sanggup menutup mata.',
      'Pasaran bitcoin sangat tidak menentu dan nilainya sentiasa berubah, tetapi harga semasa satu bitcoin kini mencecah lebih RM160,000.',
    ],
    expect: [o('suku juta ringgit', 250000, 'MYR'), p('RM160,000', 160000, 'MYR')],
  },
];
