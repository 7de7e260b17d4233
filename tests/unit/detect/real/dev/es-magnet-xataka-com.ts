import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://magnet.xataka.com/que-pasa-cuando/minado-bitcoins-esta-arruinando-a-iran-su-consumo-electricidad-se-ha-disparado-7',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El minado de bitcoins está arruinando a Irán',
    blocks: [
      'Y allá vamos otra vez. El precio de Bitcoin se ha vuelto a disparar por encima de los 11.000€ la unidad, en uno de sus habituales ciclos de subida y caída.',
      'Al alza. Según el Ministerio de Energía, el consumo eléctrico de Irán se ha disparado un 7%. Irán subvenciona el consumo eléctrico de sus ciudadanos y gasta más de 1.000 millones de euros al año para que las facturas domésticas salgan muy baratas.',
      'Precios. Se calcula que el kilowatio/hora tan solo cuesta 0,005€ (como referencia: en España suele superar los 0,11€).',
    ],
    expect: [
      p('11.000€', 11000, 'EUR'),
      o('1.000 millones de euros', 1e9, 'EUR'),
      o('0,005€', 0.005, 'EUR'),
      o('0,11€', 0.11, 'EUR'),
    ],
  },
];
