import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ocp.news/economia/se-voce-tivesse-investido-50-reais-em-bitcoin-em-2009-quanto-dinheiro-teria-hoje',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Se você tivesse investido 50 reais em Bitcoin em 2009, quanto dinheiro teria hoje?',
    blocks: [
      'Quando o Bitcoin, a criptomoeda mais conhecida e de maior valor no mercado, entrou em operação em 2009, ela valia US$ $0,0008 – oito cêntimos de um centavo de dólar. No mesmo ano, o dólar estava cotado em R$ 2,307.',
      'Se você tivesse investido R$ 50 naquela época, o equivalente a meio tanque de gasolina de um carro popular, teria comprado cerca de 27 mil bitcoins.',
      'Supondo que você nunca mais mexesse nessa carteira virtual, depois de doze anos só a valorização daqueles primeiros cinquenta reais já te deixaria bilionário!',
    ],
    expect: [p('US$ $0,0008', 0.0008), o('R$ 2,307', 2.307, 'BRL'), o('R$ 50', 50, 'BRL')],
  },
  {
    url: 'https://ocp.news/economia/se-voce-tivesse-investido-50-reais-em-bitcoin-em-2009-quanto-dinheiro-teria-hoje',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Se você tivesse investido 50 reais em Bitcoin em 2009, quanto dinheiro teria hoje?',
    blocks: [
      'No período o Bitcoin cresceu espantosos 5.874.999.900%, enquanto o dólar mais que dobrou de valor.',
      'Com o dólar cotado em R$ 5,45 e o Bitcoin avaliado em 47 mil dólares, cada bitcoin vale hoje pouco mais de R$ 256 mil.*',
      'Isso significa que você teria cerca de R$ 6 bilhões e 914 milhões hoje. Sim, é um absurdo! Mas também quer dizer que, frente à cotação de abril da criptomoeda, você teria perdido R$ 1,2 bilhão.',
      '*Cotações do dia 20/08/2021.',
    ],
    expect: [
      o('R$ 5,45', 5.45, 'BRL'),
      p('47 mil dólares', 47000),
      p('R$ 256 mil', 256000, 'BRL'),
      o('R$ 6 bilhões e 914 milhões', 6.914e9, 'BRL'),
      o('R$ 1,2 bilhão', 1.2e9, 'BRL'),
    ],
  },
];
