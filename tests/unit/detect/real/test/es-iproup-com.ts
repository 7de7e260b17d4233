import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.iproup.com/economia-digital/60259-bitcoin-se-desploman-las-ganancias-de-los-mineros-por-la-caida-del-hashprice.amp',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Las ganancias de los mineros de Bitcoin volvieron a resentirse con la última caída de la criptomoneda. Según Hashrate Index, el 22 de septiembre el hashprice cayó hasta los USD 50,03 por petahash por segundo por día (PH/s/día).',
      'Es una baja del 9% en menos de una semana, ya que el 18 de septiembre rondaba los USD 55.',
      'El motivo principal fue el precio de BTC, que desde el 21 de septiembre bajó desde la zona de USD 115.000 hasta un mínimo de USD 112.300. Al cierre de esta nota, la criptomoneda se mantenía cerca de USD 112.600, según CoinMarketCap.',
    ],
    expect: [
      o('USD 50,03', 50.03),
      o('USD 55', 55),
      p('USD 115.000', 115000),
      p('USD 112.300', 112300),
      p('USD 112.600', 112600),
    ],
  },
];
