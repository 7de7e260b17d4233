import { o, p, type RealCase } from '../labels';

const url =
  'https://news.evotrading.com.br/queda-do-bitcoin-pressiona-mineradores-e-poucos-equipamentos-estao-dando-lucro';
const title = 'Queda do Bitcoin pressiona mineradores e poucos equipamentos estão dando lucro';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pt',
    tags: ['prose', 'format', 'forum'],
    title,
    blocks: [
      'O Bitcoin caiu abaixo dos US$ 50.000 nesta segunda-feira (5), deixando diversos investidores no prejuízo. No entanto, o setor de mineração também está sendo pressionado por essa queda.',
      'Segundo dados publicados pela F2Pool, apenas quatro modelos de ASIC estavam dando lucro aos seus donos quando o BTC atingiu seu menor preço dos últimos seis meses.',
      '“O preço do #Bitcoin caiu mais de 20% na semana passada. Com o preço do BTC a US$ 54.000 e uma tarifa de energia de US$ 0,07/kWh, ASICs com um consumo de energia unitário de 23 W/T ou mais estão operando com prejuízo.”',
      '⛏️ #Bitcoin price has dropped over 20% in the past week.\nAt a $BTC price of $54k and a power rate of $0.07/kWh, ASICs with a unit power consumption of 23 W/T or higher are operating at a loss.',
    ],
    expect: [
      p('US$ 50.000', 50000),
      p('US$ 54.000', 54000),
      o('US$ 0,07', 0.07),
      p('$54k', 54000),
      o('$0.07', 0.07),
    ],
  },
  {
    url,
    lang: 'pt',
    tags: ['prose'],
    title,
    blocks: [
      'Conforme o Bitcoin subiu nesta terça-feira (6), sendo negociado por US$ 55.000, as máquinas Whatsminer MS56S++ da Microbt e a Antminer S19k Pro da Bitmain também voltaram a ser lucrativas.',
      'A maior delas, a Marathon Digital, perdeu 18% de seu valor nos últimos 5 dias de negociação. Já a CleanSpark, segunda maior, viu suas ações desvalorizarem 25% no mesmo período.',
    ],
    expect: [p('US$ 55.000', 55000)],
  },
];
