import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://rockteky.com.br/?p=22708',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Os mineradores de Bitcoin têm tido dificuldade para lucrar em meio à queda do BTC e a problemas externos, como a nevasca que atingiu boa parte dos Estados Unidos no último fim de semana e afetou a produção das principais empresas do setor.',
      '“O índice de sustentabilidade de lucros/prejuízos das mineradoras está em 21, o menor desde novembro de 2024”, escreveu a CryptoQuant em seu relatório mais recente, divulgado na quinta-feira (29).',
      'A tempestade de inverno, que derrubou ainda mais a taxa de hash, também reduziu as receitas diárias de mineração ao mínimo anual de US$ 28 milhões, segundo a empresa de dados.',
      'A queda na produção coincidiu com um mercado mais fraco para ações e criptoativos: os papéis de mineradoras de capital aberto como MARA Holdings, CleanSpark e Riot caíram dois dígitos nos últimos cinco pregões.',
    ],
    expect: [o('US$ 28 milhões', 28e6)],
  },
];
