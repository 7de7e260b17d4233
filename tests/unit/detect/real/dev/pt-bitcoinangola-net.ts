import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://bitcoinangola.net/2023/08/21/os-paises-mais-caros-e-baratos-para-minerar-bitcoin/?amp=1',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Os países mais caros e baratos para minerar bitcoin',
    blocks: [
      'Segundo uma pesquisa da CoinGecko, a Itália é o país mais caro para os mineradores, pois são necessários quase US$ 210.000 em eletricidade para produzir 1 BTC. Áustria, Bélgica, Dinamarca e Alemanha vêm logo atrás entre as regiões menos lucrativas.',
      'A mineração de bitcoin só é lucrativa em 62 das 147 nações analisadas. Apesar dos seus problemas econômicos, o Líbano é o destino mais barato.',
      {
        text: 'A CoinGecko calculou que o valor médio da eletricidade doméstica para produzir um bitcoin é de US$ 46.291, quase o dobro do preço atual do principal ativo digital (cerca de US$ 26.000 no momento da redação).',
        heading: 'Europa parece um lugar proibido para os mineradores',
      },
      'A Itália está no topo da lista com um custo de eletricidade de $ 208.560 para produzir um bitcoin. Outras nações europeias, como Áustria, Bélgica, Alemanha, Holanda e Reino Unido, ocupam da segunda à nona posição.',
      {
        text: 'As diferenças entre continentes são grandes: o preço médio da energia doméstica para minerar um BTC na Europa é estimado em US$ 85.767.',
        heading: 'Os países mais baratos',
      },
    ],
    expect: [
      c('US$ 210.000', 210000),
      c('US$ 46.291', 46291),
      p('US$ 26.000', 26000),
      c('$ 208.560', 208560),
      c('US$ 85.767', 85767),
    ],
  },
];
