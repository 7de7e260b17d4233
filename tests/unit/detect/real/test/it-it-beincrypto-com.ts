import { c, type RealCase } from '../labels';

// Italian edition of a crypto news site on TheMinerMag's report: the average cost to mine one Bitcoin
// for three quarters; the second and third sentences say only "è aumentato"/"Ha continuato a salire".
export const cases: RealCase[] = [
  {
    url: 'https://it.beincrypto.com/mercati/costo-bitcoin-mining-aumenta-q2-2025',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Il costo del mining di Bitcoin aumenta nel Q2 2025',
    blocks: [
      'L’industria del mining di Bitcoin vive un periodo turbolento, con costi di produzione in crescita e un hashrate di rete da record.',
      {
        text: 'Secondo l’ultimo rapporto di TheMinerMag, il costo medio per minare un Bitcoin è passato da $52.000 nel Q4 2024 a $64.000 nel Q1 2025. Nel Q2 2025 ha continuato a salire oltre $70.000, più del 34% in soli due trimestri.',
        heading: 'Quanto costa minare una moneta di Bitcoin nel 2025?',
      },
    ],
    expect: [c('$52.000', 52000), c('$64.000', 64000), c('$70.000', 70000)],
  },
];
