import { o, type RealCase } from '../labels';

// cuanly.id (id): home Bitcoin mining in Indonesia — electricity cost example per kWh in rupiah (o).
export const cases: RealCase[] = [
  {
    url: 'https://cuanly.id/bongkar-dapur-mining-bitcoin-di-indonesia-hitung-biaya-listrik-roi-kapan-balik-modal-anti-boncos',
    lang: 'id',
    tags: ['cost', 'prose'],
    blocks: [
      'Contoh simple-nya gini: misal kamu punya satu unit ASIC miner Bitcoin yang butuh daya 3000 Watt (atau 3 kW) dan kamu nyalakan 24 jam sehari, 30 hari sebulan. Terus harga listrik per kWh di tempatmu adalah Rp 1.500 (ini asumsi ya, tiap daerah beda-beda).',
    ],
    expect: [o('Rp 1.500', 1500, 'IDR')],
  },
];
