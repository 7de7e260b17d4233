import { o, p, type RealCase } from '../labels';

// Exchange price list in toman, one list item per coin: code, Persian name, ticker, price, "تومان" and the 24h
// change on separate lines. Values are in rials (1 toman = 10 IRR). "بیت‌کوین کش" (Bitcoin Cash) contains the
// coin's name; the tab strip "تومانتتر" glues the two quote currencies.
export const cases: RealCase[] = [
  {
    url: 'https://hamtapay.net/prices/',
    lang: 'fa',
    tags: ['widget', 'format'],
    title: 'قیمت ارزهای دیجیتال',
    blocks: [
      'قیمت ارزهای دیجیتال',
      'در این صفحه می‌توانید به صورت لحظه‌ای از آخرین قیمت ارز دیجیتال محبوبتان آگاه شوید و با مقایسه قیمت ارزهای دیجیتال مختلف اقدام به خرید و فروش ارز دیجیتال مورد نظر خود نمایید.',
      'قیمت لحظه ای ارزهای دیجیتال',
      'تومانتتر',
      'btc\nبیت کوین\nBTC\n2,077,235,321\nتومان\n-6.41',
      'usdt\nتتر\nUSDT\n50,495\nتومان\n-0.32',
      'shib\nشیبا\nSHIB\n0.47651\nتومان\n-8.43',
      'trx\nترون\nTRX\n5,219\nتومان\n-4.38',
      'eth\nاتریوم\nETH\n111,694,185\nتومان\n-6.71',
      'bch\nبیت‌کوین کش\nBCH\n11,589,749\nتومان\n-8.97',
      'ltc\nلایت کوین\nLTC\n3,639,464\nتومان\n-7.05',
      'bnb\nبایننس‌کوین\nBNB\n12,251,011\nتومان\n+0.92',
    ],
    expect: [
      p('2,077,235,321\nتومان', 20772353210, 'IRR'),
      o('50,495\nتومان', 504950, 'IRR'),
      o('0.47651\nتومان', 4.7651, 'IRR'),
      o('5,219\nتومان', 52190, 'IRR'),
      o('111,694,185\nتومان', 1116941850, 'IRR'),
      o('11,589,749\nتومان', 115897490, 'IRR'),
      o('3,639,464\nتومان', 36394640, 'IRR'),
      o('12,251,011\nتومان', 122510110, 'IRR'),
    ],
  },
];
