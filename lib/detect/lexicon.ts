/**
 * Keyword lists by category, in en, de, fr, es, pt, it, nl, ru, tr, pl, id, hi, and uk, ro, el, vi, cs,
 * sv, no, da, ar, fa, he, hu, fi, sk, hr, sr, sl, bg, ms, tl, bn, ur through lexicon-more.ts (Bitcoin's
 * names stay here; space-separated words; '_' joins the words of a phrase);
 * ja, zh, ko and th are in lexicon-cjk.ts (matched inside runs of kana/kanji/hangul/Thai, since Korean
 * glues particles to its words and Thai writes no spaces). Lowercase.
 */

import { MORE_LEXICON } from './lexicon-more';
import {
  C_AGG,
  C_BTC,
  C_CHANGE,
  C_CHANGE_VERB,
  C_CONJ,
  C_COST,
  C_COST_WORD,
  C_CRYPTO,
  C_FEE,
  C_FORECAST,
  C_MINING,
  C_OTHER,
  C_PAST,
  C_PRICE_NOUN,
  C_UNIT,
  C_VERB,
  type Cat,
} from './types';

export const LEXICON: [Cat, string][] = [
  [
    C_BTC,
    'bitcóin bitcóins bitkoin bitkoina bitkoinu bitkoinom биткоин биткойн биткоина биткоину биткоином биткоине биткойна биткоины биткоинов bitcoina bitcoinu bitcoin bitcoins btc xbt बिटकॉइन बिटकॉइन्स बिटकॉयन बिटकोइन बिटक्वाइन ' +
      // Arabic glues its article and prepositions to the word: "البيتكوين", "للبيتكوين", "بتكوين".
      'بيتكوين البيتكوين لبيتكوين للبيتكوين بالبيتكوين وبيتكوين والبيتكوين ببيتكوين بتكوين البتكوين ' +
      // Ukrainian, Greek; Persian writes it in two parts (a space or U+200C between); Hebrew glues
      // its prefixes: "הביטקוין", "בביטקוין" (tests/unit/detect/languages.test.ts).
      'біткоїн біткоїна біткоїну біткоїни біткоїном біткоїнів біткоїні біткоін біткоіна біткоіну біткойн біткойна біткойну біткойни біткойнів ' +
      'μπιτκόιν μπιτκοϊν ' +
      'بیت_کوین بیتکوین ביטקוין הביטקוין בביטקוין לביטקוין שביטקוין וביטקוין מביטקוין ' +
      // Bulgarian and South Slavic forms, Bengali, Urdu (in two parts, as Persian).
      'биткойни биткойнът биткоинът bitkoini বিটকয়েন বিটকয়েনের বিটকয়েনে বিটকয়েনটি بٹ_کوائن بٹکوائن',
  ],
  [
    C_OTHER,
    // Forks and wrapped coins first: they start like Bitcoin.
    'bitcoin_cash bitcoin_sv bitcoin_gold bitcoin_trust wrapped_bitcoin wrapped_btc bch bsv btg wbtc cbbtc tbtc ' +
      'second_largest second_biggest zweitgrößte zweitgrößten zweitwichtigste zweitwichtigsten deuxième ' +
      'ether ethereum eth solana sol xrp ripple dogecoin doge cardano ada bnb litecoin ltc tron trx avalanche avax ' +
      'polkadot shiba toncoin chainlink polygon tether pepe sui link hashprice ' +
      // Goods bought with coins ("two pizzas worth $41") and gold by another name.
      'pizza pizzas pizze pizzen пиццы пиццу métal ' +
      // A currency's own price: "an exchange rate of 1.29", "el tipo de cambio".
      'exchange_rate exchange_rates tipo_de_cambio wechselkurs taux_de_change taxa_de_câmbio tasso_di_cambio ' +
      'wisselkoers курс_доллара курс_рубля döviz_kuru ' +
      'gold silver oil crude brent oro ouro argento plata prata silber öl goldpreis petróleo petrolio pétrole ' +
      'share shares stock stocks aktie aktien actions acciones acción ações ação azioni azione titolo ' +
      's_p nasdaq dow dax nikkei microstrategy mstr tesla nvidia apple marathon mara riot metaplanet gbtc ibit fbtc ' +
      'arkb bito trust एथेरियम इथेरियम ईथर सोलाना सोने सोना चांदी शेयर डॉजकॉइन',
  ],
  [
    C_AGG,
    'market_cap marketcap mcap market_capitalization market_capitalisation market_value capitalization ' +
      'capitalisation valuation inflows inflow outflows outflow flows volume volumes turnover revenue revenues ' +
      'income profit profits earnings earned sales fund funds etf etfs etp etps assets aum holdings stash stake ' +
      'reserves raised raise round funding investment investments invested debt loan loans bond bonds notes offering ' +
      'liquidations liquidated open_interest bets deposits withdrawals payout ransom fine fines penalty penalties ' +
      'settlement stole stolen hack theft seized spent total totaling totalling subsidy tax taxes budget salary ' +
      'marktkapitalisierung marktwert börsenwert zuflüsse abflüsse mittelzuflüsse umsatz einnahmen gewinn erlöse ' +
      'vermögen fonds capitalisation entrées sorties flux chiffre bénéfice capitalización entradas salidas flujos ' +
      'fondos ingresos ganancias beneficio capitalização fluxos fundos receita lucro captação captaram ' +
      'capitalizzazione afflussi deflussi raccolta fondi ricavi utile fatturato मार्केट_कैप निवेश निकासी राजस्व मुनाफा ' +
      // Sums of money on Bitcoin pages that are no price: savings, tax allowances, portfolios, gains
      // (tests/unit/detect/real/dev: nl-bcoin-nl.ts, it-tassetrading-it.ts, fr-app-moneyvox-fr.ts).
      'savings allowance tax_free portfolio vermogen heffingsvrij heffingsvrije spaargeld winst belasting ' +
      'vermogensbelasting investering geïnvesteerd ingelegd portefeuille investiert investition freibetrag ' +
      'freigrenze steuer steuern steuerfrei depot plus_value investi investis impôt impôts inversión ' +
      'inversiones invertido invertidos impuesto impuestos cartera investido investidos investimento ' +
      'investimentos imposto impostos isento isenção lucrar investimenti investito portafoglio partecipazioni ' +
      'plusvalenza plusvalenze tasse imposta inwestycja podatek portfel zysk вложил вложили инвестиции налог ' +
      'портфель yatırım vergi kâr kazanç portföy investasi pajak keuntungan portofolio',
  ],
  [
    C_COST,
    'difficulty_regression regressão_de_dificuldade regresión_de_dificultad régression_de_difficulté ' +
      'regressione_della_difficoltà schwierigkeitsregression cost_to_mine costs_to_mine cost_of_mining cost_of_production costs_of_production production_cost ' +
      'production_costs mining_cost mining_costs cash_cost all_in_cost aisc breakeven breakevens break_even to_mine ' +
      'herstellungskosten produktionskosten förderkosten schürfkosten mining_kosten coût_de_production ' +
      'coûts_de_production coût_de_minage coût_d_extraction costo_de_producción coste_de_producción ' +
      'costo_de_minería coste_de_minado custo_de_produção custo_de_mineração costo_di_produzione ' +
      'costes_de_producción costos_de_producción custos_de_produção custos_de_mineração costi_di_produzione coûts_de_minage ' +
      'costo_di_estrazione costo_di_mining costo_del_mining उत्पादन_लागत माइनिंग_लागत खनन_लागत ' +
      // Break-even: the price at which mining a coin pays, a cost by definition.
      'punto_di_pareggio soglia_di_pareggio seuil_de_rentabilité point_mort punto_de_equilibrio ' +
      'ponto_de_equilíbrio gewinnschwelle biaya_produksi biaya_penambangan biaya_mining',
  ],
  [
    C_FEE,
    'fee fees gebühr gebühren transaktionsgebühren frais comisión comisiones tarifa tarifas taxa taxas ' +
      'commissione commissioni शुल्क फीस',
  ],
  [
    C_CHANGE,
    'kaybederek kaybetti kazanarak eingebüßt verloren zugelegt eingebrochen घट घटी घटा घाटा despenca despencou ' +
      'drop drops gain gains loss losses rise jump swing move plunge slump decline premium discount spread ' +
      'crash crashes rally rallies kurssturz kurseinbruch kursrutsch absturz ' +
      'difference gap unterschied differenz écart écarts différence diferencia diferença differenza scarto divario aufschlag abschlag prime décote prima descuento prêmio ágio premio sconto verlust anstieg rückgang ' +
      'einbruch hausse baisse recul caída subida alza retroceso queda recuo calo rialzo ribasso crollo गिरावट ' +
      'तेजी बढ़त ' +
      'guadagno guadagni perdita perdite ganancia ganancias ganho ganhos perda perdas прирост потеря потери',
  ],
  [
    C_CHANGE_VERB,
    'met by lost loses shed sheds gained added adds up down um verlor verliert gewann plus minus perdu perd gagné ' +
      'perdió pierde ganó perdeu ganhou perso guadagnato perde perdem perderam perdendo perdieron pierden ' +
      'guadagna guadagnando verloor verliest потерял потеряла потеряв подешевел подорожал',
  ],
  [
    C_PRICE_NOUN,
    'price prices priced quote level levels mark high highs low lows record peak support resistance ' +
      'strike ath all_time_high floor threshold cost_basis kurs kurse preis marke hoch ' +
      'rekordhoch allzeithoch tief widerstand unterstützung niveau cours prix barre seuil sommet plancher ' +
      'precio cotización máximo mínimo nivel récord soporte resistencia preço cotação máxima mínima ' +
      'patamar recorde suporte resistência prezzo quotazione massimo minimo livello soglia supporto ' +
      'resistenza कीमत भाव दाम मूल्य स्तर रेट रिकॉर्ड',
  ],
  [
    C_VERB,
    'at to from above below under over near hit hits reached reach reaches touched topped tops crossed surpassed ' +
      'broke breaks trades traded trading trade changing sits sat hovered hovering held holds steadied ' +
      'settled closed opened worth rose rises climbed jumped surged rallied soared fell falls ' +
      'dropped slid sank slumped tumbled plunged dipped declined eased retreated recovered rebounded reclaiming ' +
      'auf bei von über unter notiert kostet kostete steigt stieg fällt fiel liegt lag erreichte erreicht bis ' +
      'à au aux sous dessus vers atteint franchi vaut valait cote cotait échange établit grimpe chute tombe ' +
      'tomber recule reculer dépasse touché a en hasta sobre encima debajo cotiza cotizaba vale valía cuesta ' +
      'alcanzó alcanza llegar sube cae cayó negocia supera superó ronda para em acima abaixo cotado negociado ' +
      'negociava atinge atingiu sobe subiu cai caiu recua recuou avançou tocou fino sopra sotto quota tocca ' +
      'toccato sale salito scende sceso scendendo raggiunge attesta पर पार ऊपर नीचे तक पहुंच',
  ],
  [
    C_UNIT,
    'ounce ounces oz feinunze unze once onza onça oncia gram grams gramm ग्राम kwh terahash petahash barrel ' +
      'block blocks bloc blocs bloque bloques bloco blocos blocco blocchi блок блока',
  ],
  [
    C_FORECAST,
    'predict predicts predicted predicting prediction predictions forecast forecasts forecasted forecasting ' +
      'projection projections projected target targets price_target bull_case base_case bear_case ' +
      'prognose prognosen prognostiziert kursziel kursziele vorhersage previsión previsiones prevé pronóstico ' +
      'predicción objetivo previsão previsões prevê projeção projeta alvo previsione previsioni prevede ' +
      'obiettivo prévision prévisions prévoit objectif objectifs prognostic अनुमान लक्ष्य',
  ],
  [
    C_CONJ,
    'while whereas but although though meanwhile versus vs während wohingegen aber doch tandis alors mais ' +
      'mientras pero enquanto mas mentre invece però जबकि वहीं लेकिन',
  ],
  // Russian, Turkish, Dutch, Polish, Indonesian and a few more English cost phrases.
  [
    C_OTHER,
    'إيثريوم الإيثريوم الايثريوم ايثريوم إيثيريوم الإيثيريوم الإيثر إيثر الذهب ذهب النفط الأسهم أسهم سهم эфир эфира эфириум ethereum золото золота нефть акции акций altın altın_fiyatı hisse hisseleri goud aandeel aandelen złoto akcje emas saham ethera',
  ],
  [
    C_AGG,
    'капитализация капитализации приток притоки отток оттоки объем объём выручка выручки доход доходы прибыль фонд фонды фондов piyasa_değeri hacim hacmi giriş girişi çıkış gelir geliri fon fonlar marktkapitalisatie marktwaarde beurswaarde instroom uitstroom omzet fondsen kapitalizacja kapitalisasi nilai_pasar',
  ],
  [
    C_COST,
    'порог_рентабельности порога_рентабельности порогом_рентабельности окупаться окупается окупаются окупаемости ' +
      'quitte_spelen wychodzi_na_czysto точка_безубыточности безубыточности başabaş_noktası ' +
      'себестоимость себестоимости себестоимостью стоимость_добычи стоимость_майнинга затраты_на_добычу üretim_maliyeti madencilik_maliyeti maliyet maliyeti maliyetinin maliyetini productiekosten kostprijs mijnkosten koszt_wydobycia koszt_produkcji biaya_produksi biaya_penambangan cost_per_bitcoin cost_per_btc cost_per_coin electricity_cost energy_cost all_in_sustaining_cost cash_costs marginal_cost',
  ],
  [C_FEE, 'комиссия комиссии комиссию ücret ücreti komisyon kosten_per_transactie opłata biaya'],
  [
    C_CHANGE,
    'разница разницу разницы разрыв fark farkı verschil verschillen różnica падение падения рост роста снижение снижения düşüş yükseliş kayıp kaybı daling stijging spadek wzrost penurunan kenaikan',
  ],
  [
    C_PRICE_NOUN,
    'سعر بسعر أسعار مستوى قيمة цена цены цену ценой курс курса курсу стоимость уровень уровня уровне уровнем отметку отметки отметке отметка максимум максимума минимум минимума рекорд поддержки сопротивления fiyat fiyatı fiyatının fiyatını seviye seviyesi seviyesinde seviyesine seviyeye seviyesinin rekor zirve zirvesi destek direnç koers prijs niveau cena ceny cenę kurs poziom poziomu harga',
  ],
  [
    C_VERB,
    'إلى عند فوق تحت بلغ وصل ارتفع انخفض تراجع يتداول до выше ниже около стоит стоил стоила торгуется торговался достиг достигла поднялся упал опустился превысил вырос подешевел подорожал üzerinde altında civarında yükseldi düştü geriledi op boven onder rond naar kost noteert steeg daalde zakte powyżej poniżej wzrósł spadł mencapai',
  ],
  [
    C_FORECAST,
    'прогноз прогноза прогнозу прогнозом прогнозы прогнозов прогнозирует прогнозируют цель цели tahmin tahmini ' +
      'tahminine hedef hedefi hedefini öngörü voorspelt voorspelling voorspellingen koersdoel prognoza prognozy ' +
      'prognozuje prediksi target_harga',
  ],
  [C_CONJ, 'тогда_как ama fakat oysa terwijl maar natomiast sedangkan بينما'],
  [
    C_PAST,
    'ago back_then at_the_time in_those_days earlier_days early_days used_to last_year damals seinerzeit einst ' +
      'zuvor vorjahr époque autrefois jadis hace entonces época comienzos principios atrás naquela ' +
      'fa allora epoca geleden destijds toen vorig_jaar назад тогда прошлом_году önce geçen_yıl o_zaman temu ' +
      'wtedy wówczas lalu dulu saat_itu पहले तब उस_समय',
  ],
  [
    C_MINING,
    'mining miner miners mine mined mines minen schürfen minage mineurs mineur minería mineros minero ' +
      'minar mineração mineradores minerar estrazione minatori miner_s майнинг майнинга майнеры майнеров madencilik ' +
      'madenciler madencileri mijnbouw miners penambangan górnicy wydobycie खनन माइनिंग माइन ' +
      'estrarre estrarlo estrae extraer extraire добыча добычи добычу добыче wydobycia wydobyciu ' +
      'kopanie kopania menambang penambang',
  ],
  [
    C_COST_WORD,
    'cost costs costing kosten kostet coût coûts coute coûte costo costos coste costes custo custos costi ' +
      'затраты затрат стоимость_производства maliyet maliyeti kosten koszt koszty biaya लागत खर्च खर्चा ' +
      'costa cuesta cuestan costaba costaría custa custam custava custaria costava costerebbe ' +
      'kosztuje kosztować kosztowało kosztami kosztów kosztach ongkos ' +
      'обойдётся обойдется обходится обходилась обходился обходилось обходятся обошлась обошёлся обошлось расходы расходов ' +
      // Electricity is most of a coin's cost; per-kWh prices are told apart by their unit.
      'electricity strom stromkosten électricité electricidad eletricidade elettricità электроэнергию ' +
      'электроэнергии elektrik stroom',
  ],
  [
    C_CRYPTO,
    // The market's price, on a page about Bitcoin, is Bitcoin's: "against the current market price of about
    // $10,300" on a mining-cost page (tests/unit/detect/real/dev: en-minedhash-com.ts, pt-br-cointelegraph-com.ts).
    'market_price spot_price current_price selling_price trading_price marktpreis spotpreis aktueller_kurs ' +
      'aktuellen_kurs prix_du_marché prix_actuel cours_actuel prix_spot precio_de_mercado precio_actual ' +
      'precio_spot preço_de_mercado preço_atual preço_de_venda cotação_atual preço_spot prezzo_di_mercato ' +
      'prezzo_attuale prezzo_spot marktprijs huidige_koers huidige_prijs spotprijs рыночная_цена рыночной_цене ' +
      'текущая_цена текущей_цене спотовая_цена спотовой_цене piyasa_fiyatı güncel_fiyat anlık_fiyat ' +
      'cena_rynkowa aktualna_cena harga_pasar harga_spot harga_saat_ini',
  ],
  [
    C_CRYPTO,
    'cryptocurrency crypto_asset digital_asset digital_gold kryptowährung ' +
      'krypto_währung cyberdevise cryptomonnaie crypto_monnaie cryptodevise criptomoneda criptomonedas criptoactivo ' +
      'criptomoeda criptovaluta criptovalute криптовалюта криптовалюты криптовалюту kripto_para cryptomunt ' +
      'kryptowaluta kryptowaluty क्रिप्टोकरेंसी',
  ],
  ...MORE_LEXICON,
];
