import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://terrabrasilnoticias.com/?p=419600',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'O Bitcoin despencou e voltou a ser negociado abaixo dos R$ 400 mil pela primeira vez em mais de um ano. A queda brusca desta terça-feira pegou muita gente de surpresa e acendeu o alerta no mercado cripto brasileiro.',
      {
        text: 'A criptomoeda rompeu uma barreira psicológica importante ao perder o patamar de R$ 400 mil por unidade, algo que não acontecia havia 15 meses. Em dólares, o quadro também preocupa, com o Bitcoin abaixo dos US$ 74 mil e ampliando as perdas ao longo do dia.',
        heading: 'Até onde o Bitcoin caiu exatamente?',
      },
      {
        text: 'Além da desvalorização da criptomoeda no mercado internacional, o real fraco amplia as perdas de quem comprou quando o câmbio era mais favorável.',
        heading: 'Até onde o Bitcoin caiu exatamente?',
      },
    ],
    expect: [p('R$ 400 mil', 400000, 'BRL'), p('R$ 400 mil', 400000, 'BRL'), p('US$ 74 mil', 74000)],
  },
];
