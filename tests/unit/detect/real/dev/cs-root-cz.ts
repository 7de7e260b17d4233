import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.root.cz/zpravicky/bitcoin-prekonal-hranici-1000-dolaru-znovu-po-trech-letech/',
    lang: 'cs',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin překonal hranici 1000 dolarů znovu po třech letech',
    blocks: [
      'Virtuální měna Bitcoin je opět na koni, alespoň co se kurzu týče – překonala hranici 1000 dolarů za 1 BTC. Index serveru CoinDesk, který bere v potaz kurz na různých burzách, dnes dosáhl nejvyšší hodnoty 1033 USD. To je nejvíc od prosince roku 2013. Tehdy však hnala kurz nahoru hlavně burza Mt. Gox, která později zkrachovala.',
      'Řada lidí proto bere dnešní hodnoty za reálné historické maximum. Jistě víme, že jde o jednoznačné historické maximum z pohledu tržní kapitalizace, tedy hodnoty všech vytěžených BTC. Tržní kapitalizace je aktuálně necelých 16,5 miliardy dolarů, při předchozím maximu před třemi roky to bylo o cca tři miliardy méně.',
    ],
    expect: [p('1000 dolarů', 1000), p('1033 USD', 1033), o('16,5 miliardy dolarů', 1.65e10)],
  },
];
