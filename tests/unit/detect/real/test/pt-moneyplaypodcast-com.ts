import { p, type RealCase } from '../labels';

// Newsletter: three levels in one paragraph, "US$ 68.000" style.
export const cases: RealCase[] = [
  {
    url: 'https://moneyplaypodcast.com/p/por-que-muitos-perdem-dinheiro-com-7d2',
    lang: 'pt',
    tags: ['prose'],
    blocks: [
      {
        heading: '1. Comprar na Alta e Vender na Baixa',
        text: 'Muitos investidores entram no mercado no pior momento possível: quando o Bitcoin está em alta e a mídia só fala dele. Depois, quando o preço cai, o pânico toma conta e eles vendem no prejuízo.',
      },
      {
        heading: '1. Comprar na Alta e Vender na Baixa',
        text: 'Um exemplo claro disso aconteceu em 2023. O Bitcoin atingiu US$ 68.000 e depois caiu para US$ 19.000. Muitos venderam desesperados, mas quem segurou viu o preço voltar a subir para US$ 40.000 no fim do ano.',
      },
    ],
    expect: [p('US$ 68.000', 68000), p('US$ 19.000', 19000), p('US$ 40.000', 40000)],
  },
];
