import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.jornaldenegocios.pt/opiniao/sessao-de-abertura/detalhe/a-montanha-russa-das-cotacoes-da-bitcoin',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora'],
    title: 'A montanha-russa das cotações da bitcoin',
    blocks: [
      'Depois da escalada das últimas semanas do ano, a bitcoin acentuou as quedas em 2018 e já perde mais de 40% desde o início de Janeiro. Só na última sessão, o activo recuou perto de 13% para 7.850 dólares na Bitstamp, segundo o Financial Times. Longe ficam os máximos de Dezembro, em 19.666 dólares.',
    ],
    expect: [p('7.850 dólares', 7850), p('19.666 dólares', 19666)],
  },
  {
    url: 'https://www.jornaldenegocios.pt/opiniao/sessao-de-abertura/detalhe/portugal-nao-e-pais-para-bitcoins',
    lang: 'pt-PT',
    tags: ['prose'],
    title: 'Portugal não é país para bitcoins',
    blocks: [
      'Em quinto lugar na lista aparece Portugal, com a electricidade a custar em média 0,1105 dólares por Kw/h. Não é preço para um negócio de mineração rentável, avisa o website: mesmo com hardware eficiente, é difícil operar sem perdas.',
    ],
    expect: [o('0,1105 dólares', 0.1105)],
  },
  {
    url: 'https://www.jornaldenegocios.pt/mercados/cambios/detalhe/valor-de-mercado-da-bitcoin-supera-pela-primeira-vez-1-biliao-de-dolares',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Valor de mercado da bitcoin supera pela primeira vez 1 bilião de dólares',
    blocks: [
      'O valor de mercado da bitcoin passou pela primeira vez a fasquia de 1 bilião de dólares, depois de a moeda digital quase duplicar o preço desde o início do ano.',
      'Segundo a Bloomberg, em 2021 o valor de mercado da mais famosa das criptomoedas cresceu mais de 450 mil milhões de dólares.',
      'A bitcoin sobe agora 1,49% para 56.456,54 dólares, depois de ter começado o ano abaixo dos 30 mil dólares.',
      // "1,5 mil milhões" carries no currency word; the dollars are implied by the sentence
      'Este mês o “rally” ganhou novo fôlego quando a Tesla anunciou a compra de 1,5 mil milhões em bitcoin, enquanto a MicroStrategy vendia títulos convertíveis por 900 milhões de dólares para comprar mais.',
    ],
    expect: [
      o('1 bilião de dólares', 1e12),
      o('450 mil milhões de dólares', 450e9),
      p('56.456,54 dólares', 56456.54),
      p('30 mil dólares', 30000),
      o('1,5 mil milhões', 1.5e9),
      o('900 milhões de dólares', 900e6),
    ],
  },
];
