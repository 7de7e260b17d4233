import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hoydia.com.ar/economia/81051-una-empresa-canadiense-instalara-55-000-maquinas-para-producir-bitcoins-en-el-pais-html/amp',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: 'Una empresa canadiense instalará 55.000 máquinas para producir bitcoins en el país',
    blocks: [
      'Argentina es un gran destino para los inversores extranjeros que minan bitcoins: energía barata, temperaturas bajas en el sur, ingresos en bitcoins y costos en pesos.',
      'Bitfarms, una minera de bitcoins canadiense fundada en 2017, anunció que planea empezar a minar bitcoin en la Argentina a principios de 2022, con un total de 55.000 máquinas.',
      '«Durante los primeros cuatro años, el costo efectivo de la electricidad será de US$0,022 por kWh», indicó la empresa en un comunicado.',
      'En números, 210 MW alcanzan para instalar 55.000 máquinas y generar alrededor de US$650 millones de ingresos o 11.774 bitcoins, según «los niveles de dificultad actuales» y un precio de la criptomoneda a US$55.000 por unidad.',
      'El precio de la energía es una de las razones principales. En Quebec, donde la empresa tiene sus operaciones centrales, el costo para extraer un bitcoin es de aproximadamente US$7500. En la Argentina el gasto se reduce a US$4125, un ahorro del 45%.',
    ],
    expect: [
      o('US$0,022', 0.022),
      o('US$650 millones', 650e6),
      p('US$55.000', 55000),
      c('US$7500', 7500),
      c('US$4125', 4125),
    ],
  },
];
