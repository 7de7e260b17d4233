import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://onebitnews.com/pt/guia/o-que-e-preco-medio-no-bitcoin',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'O Que é Preço Médio no Bitcoin?',
    blocks: [
      'Se você investe em Bitcoin comprando em momentos diferentes, provavelmente já se perguntou: "Qual foi meu preço médio de compra?". É um conceito básico para qualquer investidor, mas muitas vezes mal compreendido.',
      'Preço médio é simplesmente a média dos preços que você pagou nas suas compras de Bitcoin. Saber o seu preço médio mostra se você está no lucro ou no prejuízo.',
      { text: 'Analogia simples:', heading: 'Definição' },
      { text: '- Você compra 1 maçã por R$ 2,00', heading: 'Definição' },
      { text: '- Depois compra 1 maçã por R$ 4,00', heading: 'Definição' },
      { text: '- Preço médio: (R$ 2,00 + R$ 4,00) / 2 = R$ 3,00 por maçã', heading: 'Definição' },
      {
        text: 'No Bitcoin funciona da mesma forma, mas com valores e quantidades que podem variar.',
        heading: 'Definição',
      },
    ],
    expect: [
      o('R$ 2,00', 2, 'BRL'),
      o('R$ 4,00', 4, 'BRL'),
      o('R$ 2,00', 2, 'BRL'),
      o('R$ 4,00', 4, 'BRL'),
      o('R$ 3,00', 3, 'BRL'),
    ],
  },
];
