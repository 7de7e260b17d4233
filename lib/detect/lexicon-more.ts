/**
 * Keywords of Ukrainian, Romanian, Greek, Vietnamese, Czech, Swedish/Norwegian/Danish, Persian,
 * Hebrew, Hungarian, Finnish, Slovak, Croatian/Serbian/Slovenian, Bulgarian, Malay, Filipino, Bengali
 * and Urdu pages, by category (lexicon.ts, which holds their names of Bitcoin, reads them after its
 * own). Read from real pages: tests/unit/detect/languages.test.ts and tests/unit/detect/real name them.
 * Thai is in lexicon-cjk.ts: it writes no spaces between words.
 */

import {
  C_AGG,
  C_CHANGE,
  C_CHANGE_VERB,
  C_COST,
  C_COST_WORD,
  C_CRYPTO,
  C_FORECAST,
  C_MINING,
  C_OTHER,
  C_PRICE_NOUN,
  C_VERB,
  type Cat,
} from './types';

export const MORE_LEXICON: [Cat, string][] = [
  [
    C_OTHER,
    'ефір ефіріум нафта акції aur petrol acțiuni acțiunile χρυσός χρυσού μετοχές vàng dầu cổ_phiếu ' +
      'zlato zlata ropa akcie guld gull olja olje طلا اتریوم سهام זהב אתריום מניות',
  ],
  [
    C_AGG,
    'капіталізація капіталізації приплив відтік обсяг виручка прибуток capitalizarea capitalizare volumul ' +
      'venituri κεφαλαιοποίηση όγκος εισροές εκροές έσοδα vốn_hóa khối_lượng dòng_tiền doanh_thu lợi_nhuận ' +
      'kapitalizace objem příjmy zisk börsvärde markedsverdi markedsværdi omsättning omsetning ارزش_بازار حجم ' +
      'שווי_שוק מחזור',
  ],
  [
    C_COST,
    'собівартість собівартості вартість_видобутку вартість_майнінгу поріг_беззбитковості costul_de_producție costul_mineritului ' +
      'costurile_de_producție κόστος_εξόρυξης κόστος_παραγωγής chi_phí_khai_thác chi_phí_đào chi_phí_sản_xuất ' +
      'giá_thành_sản_xuất hòa_vốn náklady_na_těžbu výrobní_náklady produktionskostnad produktionskostnaden ' +
      'produksjonskostnad produksjonskostnaden produktionsomkostninger utvinningskostnad هزینه_استخراج هزینه_تولید ' +
      'עלות_כרייה עלות_הכרייה עלות_ייצור تكلفة_تعدين تكلفة_التعدين تكلفة_الإنتاج تكاليف_التعدين ' +
      'هزینه_های_استخراج تمام_شده',
  ],
  [
    C_CHANGE,
    'різниця падіння зростання diferența diferență διαφορά chênh_lệch rozdíl skillnad forskjell forskel',
  ],
  [C_CHANGE_VERB, 'cu med tăng giảm mất steg steget stiger falt faldt föll'],
  [
    C_PRICE_NOUN,
    'ціна ціни ціну ціною вартість рівень рівня позначку позначки підтримки опору preț prețul prețului ' +
      'nivelul nivelului pragul recordul cotația cursul τιμή τιμής τιμές επίπεδο ρεκόρ στήριξη αντίσταση giá mức ' +
      'đỉnh đáy ngưỡng mốc kỷ_lục cenu cenou kurz kurzu úroveň hranici hranice pris priset prisen ' +
      'kursen kurset nivå nivån nivået rekordet قیمت سطح رکورد حمایت مقاومت מחיר מחירו שער רמה שיא תמיכה התנגדות',
  ],
  [
    C_VERB,
    'вище нижче близько коштує коштував торгується досяг досягла піднявся впав перевищив зріс подешевшав ' +
      'подорожчав peste sub aproximativ atins ajuns crescut scăzut urcat coborât στα πάνω κάτω έφτασε ανέβηκε ' +
      'έπεσε ξεπέρασε lên xuống đạt vượt còn quanh khoảng chạm nad pod kolem stojí dosáhl vzrostl klesl překonal koster kostar till ' +
      'til över omkring rundt nådde به بالای زیر حدود رسید עלה ירד הגיע נסחר מעל מתחת',
  ],
  [
    C_FORECAST,
    'ціль prognoză estimare țintă πρόβλεψη στόχος dự_báo dự_đoán mục_tiêu prognóza ' +
      'předpověď prognos پیش_بینی תחזית יעד',
  ],
  [
    C_MINING,
    'майнінг майнінгу майнери майнерів видобуток видобутку minerit mineritul mineri minerii εξόρυξη εξόρυξης ' +
      'khai_thác thợ_đào těžba těžby těžbu těžaři vytěžit vytěžení těžit utvinning استخراج ماینینگ ماینر ماینرها כרייה ' +
      'כריה כורים تعدين التعدين لتعدين المعدنين لاستخراج',
  ],
  [
    C_COST_WORD,
    'витрати витрат електроенергії costul costurile costă κόστος chi_phí giá_thành náklady nákladů kostnad ' +
      'kostnaden omkostninger هزینه עלות עלויות تكلفة تكاليف التكلفة',
  ],
  [
    C_CRYPTO,
    'криптовалюти criptomonedă κρυπτονόμισμα tiền_điện_tử tiền_mã_hóa kryptoměna kryptoměny kryptovaluta ' +
      'kryptovalutaen ارز_دیجیتال رمزارز',
  ],
  // Hungarian, Finnish, Slovak, Croatian/Serbian/Slovenian, Bulgarian, Malay, Filipino, Bengali, Urdu.
  [C_OTHER, 'arany kulta osake osakkeet злато ginto স্বর্ণ সোনা سونا ইথার ইথারের ইথেরিয়াম ইথেরিয়ামের ایتھریم ایتھر'],
  [
    C_AGG,
    'piaci_kapitalizáció markkina_arvo trhová_kapitalizácia tržišna_kapitalizacija пазарна_капитализация ' +
      'nilai_pasaran permodalan_pasaran বাজার_মূলধন مارکیٹ_کیپ',
  ],
  [
    C_COST,
    'bányászati_költség bányászati_költsége előállítási_költség louhintakustannus louhintakustannukset ' +
      'tuotantokustannus náklady_na_ťažbu цена_за_добив цената_за_добив troškovi_rudarenja trošak_rudarenja себестойност kos_perlombongan ' +
      'kos_pengeluaran gastos_sa_pagmimina মাইনিং_খরচ مائننگ_لاگت',
  ],
  [
    C_PRICE_NOUN,
    'árfolyam árfolyama árfolyamát ár ára árát szint szintet hinta hinnan hintaa kurssi taso ennätys cijena cijene ' +
      'vrijednost tečaj цената presyo halaga দাম দামের মূল্য',
  ],
  [C_FORECAST, 'előrejelzés ennuste прогнозата ramalan hula পূর্বাভাস پیشگوئی'],
  [
    C_MINING,
    'bányászat bányászati bányászok louhinta louhinnan louhijat ťažba ťažby baníci rudarenje rudarenja rudari ' +
      'рударење копаене perlombongan melombong pelombong pagmimina মাইনিং খনন খননের مائننگ',
  ],
  [
    C_COST_WORD,
    'költség költsége költségek költséggel költségét költségei kustannus kustannukset troškovi trošak разходи kos gastos খরচ খরচের لاگت ' +
      // Bengali "expense" in both spellings of its last letter (precomposed and with nukta), and case forms.
      'ব্যয় ব্যয়ের ব্যয়ে ব্যয় ব্যয়ের ব্যয়ে',
  ],
  [C_AGG, 'bernilai berjumlah kerugian rampasan pembelian'],
  [C_PRICE_NOUN, 'paras aras'],
  [C_VERB, 'kepada mencecah menyentuh melepasi melebihi umabot pumalo'],
  [C_CHANGE_VERB, 'sebanyak'],
  [C_CHANGE, 'اضافہ کمی'],
  // Bengali "has risen", "has fallen" right before the amount: "দাম বেড়েছে ৮ হাজার ডলার" (bn-bijoy-tv.ts).
  [C_CHANGE_VERB, 'বেড়েছে কমেছে'],
  [C_CRYPTO, 'matawang_kripto mata_wang_kripto aset_digital'],
];
