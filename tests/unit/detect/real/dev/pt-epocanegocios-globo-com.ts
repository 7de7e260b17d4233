import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://epocanegocios.globo.com/Futuro-do-Dinheiro/noticia/2022/09/epoca-negocios-mau-momento-no-mercado-de-criptomoedas-derruba-receitas-dos-mineradores.html',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Mau momento no mercado de criptomoedas derruba receitas dos mineradores',
    blocks: [
      'No fim de 2021, os mineradores de criptomoedas eram as estrelas de um caminho infalível para o lucro: ligar computadores potentes a energia barata, resolver quebra-cabeças matemáticos e vender moedas num mercado em expansão.',
      'A receita global da mineração de bitcoin caiu para US$ 17,2 milhões por dia em meio a uma crise global de energia, um recuo de cerca de 72% frente a novembro passado, quando os mineradores somavam US$ 62 milhões, segundo dados da Blockchain.com.',
      'O cenário apertou quem comprou máquinas caras apostando na alta do bitcoin para recuperar o investimento. O bitcoin é negociado a cerca de US$ 19 mil, muito abaixo do recorde histórico de novembro, de 69 mil dólares.',
      '"A melhor hora para entrar é quando o mercado está em baixa: plataformas de mineração que custavam US$ 10 mil no início deste ano podem ser compradas agora com 50% a 75% de desconto", disse William Szamosszegi, presidente da Sazmining.',
    ],
    expect: [
      o('US$ 17,2 milhões', 17.2e6),
      o('US$ 62 milhões', 62e6),
      p('US$ 19 mil', 19000),
      p('69 mil dólares', 69000),
      o('US$ 10 mil', 10000),
    ],
  },
];
