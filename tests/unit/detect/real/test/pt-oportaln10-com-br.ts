import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://oportaln10.com.br/variedades/preco-do-bitcoin-cai-mais-de-us-250-enquanto-os-mercados-crypto-perdem-bilhoes-66453',
    lang: 'pt-BR',
    tags: ['prose', 'change', 'format', 'anaphora'],
    title: 'Preço do bitcoin cai mais de US $ 250 enquanto os mercados crypto perdem bilhões',
    blocks: [
      'Preço do bitcoin cai mais de US $ 250 enquanto os mercados crypto perdem bilhões',
      'Só dois dias depois de atingir a marca histórica de mais de US $ 5.000, o preço do bitcoin desabou para US $ 4.400. No Brasil a queda foi menor e a moeda sai por volta de R$ 17,2 mil, bem acima dos cerca de R$ 14 mil que daria a conversão do dólar.',
      'A forte queda – a maior desde 15 de julho – começou logo depois da máxima de US $ 5.013,91 no sábado e seguiu nesta segunda-feira (04), segundo o Índice de Preços Bitcoin.',
      'Abrindo a sessão em US $ 4.631, o ativo digital (com máxima de US $ 4.636) recuou com força, e o bitcoin chegou a $ 4,345 na sessão. Até a publicação desta matéria, a cotação do bitcoin se recuperou um pouco e atingiu $ 4,367 – uma queda de 5,7% (US $ 263) no dia até agora.',
      'No mercado como um todo, desde o recorde de cerca de US $ 180 bilhões, a capitalização somada de todas as criptomoedas está agora em US $ 152 bilhões – uma queda de US $ 28 bilhões.',
    ],
    expect: [
      o('US $ 250', 250),
      p('US $ 5.000', 5000),
      p('US $ 4.400', 4400),
      p('R$ 17,2 mil', 17200, 'BRL'),
      p('R$ 14 mil', 14000, 'BRL'),
      p('US $ 5.013,91', 5013.91),
      p('US $ 4.631', 4631),
      p('US $ 4.636', 4636),
      p('$ 4,345', 4345),
      p('$ 4,367', 4367),
      o('US $ 263', 263),
      o('US $ 180 bilhões', 180e9),
      o('US $ 152 bilhões', 152e9),
      o('US $ 28 bilhões', 28e9),
    ],
  },
];
