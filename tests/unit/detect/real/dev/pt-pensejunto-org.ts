import { o, type RealCase } from '../labels';

// Home-mining guide: equipment price ranges with an en dash, second end bare ("US$ 50–300").
export const cases: RealCase[] = [
  {
    url: 'https://pensejunto.org/p/mineracao-de-criptomoedas-vale-a-pena-em-casa',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Mineração de criptomoedas: vale a pena em casa?',
    blocks: [
      {
        heading: 'Equipamentos Necessários e Investimento Inicial',
        text: 'O tipo de equipamento define diretamente a viabilidade do projeto. Para o Bitcoin, os ASICs são obrigatórios, enquanto altcoins podem ser mineradas com GPUs.',
      },
      {
        heading: 'Equipamentos Necessários e Investimento Inicial',
        text: 'Além dos rigs, é essencial investir em fontes de alimentação confiáveis (US$ 50–300) e sistemas de refrigeração (US$ 50–10.000), conforme a escala da operação.',
      },
    ],
    expect: [o('US$ 50', 50), o('300', 300), o('US$ 50', 50), o('10.000', 10000)],
  },
];
