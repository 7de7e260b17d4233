import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://academy.darkex.com/tr/pazar-nabzi/the-rhythm-of-bitcoin-when-will-the-period-of-losses-end/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin’in Ritmi: Kayıplar Dönemi Ne Zaman Sona Erecek?',
    blocks: [
      'Bitcoin’in Ritmi: Kayıplar Dönemi Ne Zaman Sona Erecek?',
      'Bu çalışma, 126.272 $’lık 2025 zirvesinin döngünün tepesi olup olmadığını değerlendirmek için Bitcoin’in tarihsel döngülerini inceliyor. Döngü verileri azalan volatiliteye, %420-1.400’lük olası bir yukarı bant ve 2026 sonlarında beklenen %73’lük düşüşe yakın bir makro dibe işaret ediyor.',
    ],
    expect: [p('126.272 $’lık', 126272)],
  },
];
