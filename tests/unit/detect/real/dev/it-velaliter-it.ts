import { p, type RealCase } from '../labels';

// Satirical Italian column on the rally ("i forum finanziari ... un rave party"): "98mila dollari" in the heading,
// the six-figure threshold and the level at which the unlucky sold.
export const cases: RealCase[] = [
  {
    url: 'https://velaliter.it/economia-lavoro/criptovalute/bitcoin-record-98mila-dollari-mercati-2025',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Bitcoin a 98mila dollari: L’Euforia del Nulla e la Disperazione di Chi Resta a Terra',
      'La criptovaluta regina ha sfondato ogni barriera psicologica, arrivando a un soffio dalla soglia mitologica dei 100.000 dollari. I forum finanziari online sembrano un rave party di nerd miliardari. Ma chi ha venduto quando valevano 10.000 dollari, convinto di aver fatto l’affare del secolo, ora piange in un angolo abbracciato al modem.',
    ],
    expect: [p('98mila dollari', 98000), p('100.000 dollari', 100000), p('10.000 dollari', 10000)],
  },
];
