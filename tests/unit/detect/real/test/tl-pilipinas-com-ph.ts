import { p, type RealCase } from '../labels';

// Tagalog explainer. Levels as "1,000 dollars" (English word after the number, no sign), then the same
// level restated in words in pesos: "o halos isang milyong piso" (or almost one million pesos).
export const cases: RealCase[] = [
  {
    url: 'https://pilipinas.com.ph/bitcoin-ano-ito-dapat-mo-rin-bang-subukan/',
    lang: 'tl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ano ang Bitcoin: Paano Ito Pinagkakakitaan',
    blocks: [
      'Ang Bitcoin ay isang imbensyong nilalayong gamitin tulad ng pera; maaari itong ipambili at ipambayad sa mga tao at pamilihang tumatanggap nito, na kadalasan ay nasa online din.',
      'Kamakailan, nitong taong 2017, naging laman ng balita ang pagtaas ng halaga ng Bitcoin. Nagsimula sa 1,000 dollars noong Enero ng 2017, ito ay pumalo lagpas sa 19,000 dollars noong Disyembre, o halos isang milyong piso. Ang huling presyo ng Bitcoin sa pagkakasulat ng artikulong ito ay nasa 11,300 dollars.',
      'Dahil sa “volatility” ng Bitcoin o mabilis na pagbabago ng halaga, marami ang naaakit na magkaroon nito at inaabangan ang pagbaba ng presyo upang makabili.',
    ],
    expect: [
      p('1,000 dollars', 1000),
      p('19,000 dollars', 19000),
      p('isang milyong piso', 1e6, 'PHP'),
      p('11,300 dollars', 11300),
    ],
  },
];
