import { o, type RealCase } from '../labels';

// Mining-cost explainer: only a per-kWh price range.
export const cases: RealCase[] = [
  {
    url: 'https://tecnocriptobr.com/?p=2568',
    lang: 'pt',
    tags: ['prose'],
    title: 'O Custo de Eletricidade na Mineração de Criptomoedas',
    blocks: [
      {
        heading: 'Por que a energia elétrica é o maior gasto?',
        text: 'Os equipamentos de mineração – ASICs, GPUs e FPGAs – operam 24 horas por dia, 7 dias por semana. Cada unidade pode consumir entre 1 kW e 3 kW, e grandes fazendas chegam a centenas de megawatts. Multiplicado pelo preço da energia (que varia de US$0,02 a US$0,25 por kWh conforme a região), o custo operacional pode superar a receita dos blocos minerados.',
      },
      {
        heading: 'Modelos de Consenso e seu impacto no consumo',
        text: 'Enquanto o Bitcoin permanece fiel ao PoW, outras redes migraram para Proof of Stake (PoS), que reduz drasticamente a necessidade de energia.',
      },
    ],
    expect: [o('US$0,02', 0.02), o('US$0,25', 0.25)],
  },
];
