import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://inteligart.space/es-rentable-minar-bitcoin-en-mexico-en-2025-la-verdad-detras-del-sueno-del-oro-digital',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: '¿Es rentable minar Bitcoin en México en 2025? La verdad detrás del sueño del oro digital',
    blocks: [
      'Con Bitcoin rompiendo los $200,000 USD en 2025, según proyecciones de CoinDesk, muchos en México se preguntan si conviene poner un ASIC en casa. La respuesta corta es no: hoy, 17 de junio de 2025, minar Bitcoin desde casa en México no es rentable para la mayoría.',
      {
        text: 'El primer minero en resolver el puzzle añade un bloque y gana 3.125 BTC (~$625,000 USD) más comisiones, pero la competencia es feroz:',
        heading: '¿Cómo funciona la minería en México?',
      },
      {
        text: 'Hardware: Un ASIC como el Antminer S21 (390 TH/s, 7,215W) cuesta $2,000-$4,500 USD. Los modelos más baratos son ineficientes.',
        heading: '¿Cómo funciona la minería en México?',
      },
      {
        text: 'Electricidad: En México, las tarifas domésticas de CFE en 2025 promedian $0.10-$0.15 USD/kWh (DAC, ~3 MXN/kWh). Un ASIC consume ~7,200 kWh/mes, o $720-$1,080 USD/mes.',
        heading: '¿Cómo funciona la minería en México?',
      },
      {
        text: 'Ingresos: Un minero doméstico en un pool (e.g., Foundry USA) genera $50-$80 USD/mes con Bitcoin a $200,000, dificultad de 123T y comisiones de pool de 2.5-4%.',
        heading: '¿Cómo funciona la minería en México?',
      },
      {
        text: 'ROI: Pierdes ~$640-$1,000/mes. Recuperar el ASIC tomaría años, suponiendo que Bitcoin no caiga.',
        heading: '¿Cómo funciona la minería en México?',
      },
      'Un post en X de @beincrypto_es lo resume: “El costo de minar 1 BTC en 2025 supera los $70,000 USD por hashrate y energía”. En México, ese costo es aún mayor por la electricidad.',
      {
        text: 'Electricidad cara: México tiene tarifas domésticas altas ($0.10-$0.15/kWh) comparadas con Paraguay ($0.03/kWh) o Kazajstán ($0.04/kWh).',
        heading: '¿Por qué no es rentable en México?',
      },
    ],
    expect: [
      p('$200,000 USD', 200000),
      o('$625,000 USD', 625000),
      o('$2,000', 2000),
      o('$4,500 USD', 4500),
      o('$0.10', 0.1),
      o('$0.15 USD/kWh', 0.15),
      o('3 MXN/kWh', 3, 'MXN'),
      o('$720', 720),
      o('$1,080 USD/mes', 1080),
      o('$50', 50),
      o('$80 USD/mes', 80),
      p('$200,000', 200000),
      o('$640', 640),
      o('$1,000/mes', 1000),
      c('$70,000 USD', 70000),
      o('$0.10', 0.1),
      o('$0.15/kWh', 0.15),
      o('$0.03/kWh', 0.03),
      o('$0.04/kWh', 0.04),
    ],
  },
];
