import { p, type RealCase } from '../labels';

// TradingView idea in Portuguese: chart-pattern walk-through with levels written "66.999,00 dólares".
export const cases: RealCase[] = [
  {
    url: 'https://vn.tradingview.com/chart/BTCUSD/ZGQl5ns9',
    lang: 'pt',
    tags: ['forum', 'format', 'anaphora'],
    title: 'BTCUSD',
    blocks: [
      'Se tem uma coisa boa a se perceber nos gráficos do Bitcoin, é que ele sempre entrega um padrão gráfico nas regiões mais importantes. Perceba no gráfico diário:',
      'Nas máximas de 66.999,00 dólares e 69.000,00 dólares registradas em outubro e novembro de 2021, respectivamente, aparece o padrão gráfico “Cunha Ascendente de Baixa”, um desenho de reversão da tendência que se mostrou o pontapé inicial do que chamam “inverno cripto”, o período de queda nos preços das criptomoedas, tendo como principal o próprio Bitcoin.',
      'Em seguida, com os preços já em queda, o primeiro suporte significativo foi a região dos 39.600,00 dólares. Nele, o preço do Bitcoin frente ao dólar desenhou um grande canal de alta que, somado à queda anterior, formou o padrão “Bandeira de Baixa”, de continuação da tendência de queda, e os preços seguintes confirmaram a leitura.',
      'Vale lembrar também que o rompimento da linha de suporte dos 39.600,00 dólares indicou outro padrão de reversão de alta para baixa: o “Ombro-Cabeça-Ombro”, em que os “ombros” são as máximas de setembro e dezembro de 2021 e a “cabeça” é a máxima histórica de 69.000,00 dólares.',
      'Do rompimento da bandeira, o Bitcoin “testou” outro suporte significativo, agora na região dos 28.800,00 dólares. E, de novo, diante deste suporte aparece um novo padrão gráfico de continuação de queda: “Cunha Ascendente de Baixa”.',
      'O rompimento da linha inferior da cunha veio rápido e o Bitcoin caiu forte nos últimos dias, indo para outra região de suporte, agora especialmente significativa: a linha dos 19.891,99 dólares, que representa o topo histórico registrado em 2017.',
    ],
    expect: [
      p('66.999,00 dólares', 66999),
      p('69.000,00 dólares', 69000),
      p('39.600,00 dólares', 39600),
      p('39.600,00 dólares', 39600),
      p('69.000,00 dólares', 69000),
      p('28.800,00 dólares', 28800),
      p('19.891,99 dólares', 19891.99),
    ],
  },
];
