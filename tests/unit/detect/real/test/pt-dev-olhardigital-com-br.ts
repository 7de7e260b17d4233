import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dev.olhardigital.com.br/dicas-e-tutoriais/como-e-calculado-o-preco-de-uma-bitcoin-no-brasil',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Em nossas reportagens, você talvez já tenha percebido que a cotação da moeda digital bitcoin é descrita por um valor menor do que o anunciado em sites como Mercado Bitcoin e Foxbit.',
      'O Olhar Digital estipula o preço baseado no valor da moeda perante ao dólar e o valor do dólar perante ao real.',
      'Por exemplo, se cada bitcoin custa US$ 2.370,26 (valor no momento da publicação desta nota), a conta a ser feita seria a multiplicação do valor da moeda pela cotação do dólar do dia. Neste caso, por exemplo, o dólar está avaliado em R$ 3,271. Por tanto, essa bitcoin custaria R$ 7.752,98',
      'Entretanto, o problema é que os sites que comercializam a moeda aqui no Brasil não atuam dessa forma. No Mercado Bitcoin, por exemplo, a moeda digital está sendo vendida atualmente por R$ 10.260,21. Na Foxbit, outra página conhecida nesse meio, a bitcoin sai por R$ 8.843,90.',
    ],
    expect: [
      p('US$ 2.370,26', 2370.26),
      o('R$ 3,271', 3.271, 'BRL'),
      p('R$ 7.752,98', 7752.98, 'BRL'),
      p('R$ 10.260,21', 10260.21, 'BRL'),
      p('R$ 8.843,90', 8843.9, 'BRL'),
    ],
  },
];
