import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rtp.pt/noticias/economia/bitcoin-cai-mais-de-2-para-o-nivel-mais-baixo-desde-abril_n1698927',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin cai mais de 2% para o nível mais baixo desde abril',
    blocks: [
      'Segundo a Bloomberg, às 6:00 (hora de Lisboa) a bitcoin caía 2,41%, nos 89.901,94 dólares (77.536 euros).',
      'A criptomoeda chegou mesmo a descer até aos 89.231,50 dólares (76.958 euros), por volta das 04:47.',
      'No último mês, a bitcoin acumulou uma queda de cerca de 20%, depois de um máximo histórico de 126.251 dólares (108.883 euros) a 06 de outubro.',
    ],
    expect: [
      p('89.901,94 dólares', 89901.94),
      p('77.536 euros', 77536, 'EUR'),
      p('89.231,50 dólares', 89231.5),
      p('76.958 euros', 76958, 'EUR'),
      p('126.251 dólares', 126251),
      p('108.883 euros', 108883, 'EUR'),
    ],
  },
  {
    url: 'https://www.rtp.pt/noticias/economia/valor-da-bitcoin-em-queda-perante-tensao-crescente-no-leste-da-europa_n1386298',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Valor da Bitcoin em queda perante tensão crescente no leste da Europa',
    blocks: [
      // the page drops the thousands ("60,76 euros" for ~60 760 euros); labelled as written
      'Em novembro do ano passado, a Bitcoin tinha chegado ao máximo de 60,76 euros, e desde então tem vindo a cair com as tensões geopolíticas e as restrições de algumas economias aos ativos digitais.',
      'Na semana passada, a bitcoin negociava a 39,63 euros e, nas últimas horas, desceu para valores perto dos 30 euros.',
      'A segunda criptomoeda mais valiosa, o Ethereum, também caiu mais de 8% nas últimas horas e foi transacionado a 2,22 euros.',
    ],
    expect: [
      p('60,76 euros', 60.76, 'EUR'),
      p('39,63 euros', 39.63, 'EUR'),
      p('30 euros', 30, 'EUR'),
      o('2,22 euros', 2.22, 'EUR'),
    ],
  },
];
