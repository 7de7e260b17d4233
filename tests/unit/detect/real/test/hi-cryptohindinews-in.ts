import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptohindinews.in/?p=55687',
    lang: 'hi',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Price Prediction, 2025 में BTC $200K तक जाएगा',
    blocks: [
      'Bitcoin Price Prediction, 2025 में BTC $200K तक जाएगा',
      'एक मजबूत टेक्निकल रेजिस्टेंस तोड़कर Bitcoin (BTC) फिर सुर्खियों में है। कुछ हफ्तों की साइडवेज चाल के बाद BTC अब $87,000 से ऊपर ट्रेड कर रहा है।',
      'Robert Kiyosaki का कहना है कि Bitcoin Price $180,000 से $200,000 तक जा सकता है, जबकि Michael Saylor BTC को टेक स्टॉक्स से बेहतर Sharpe Ratio वाला एसेट बताते हैं।',
    ],
    expect: [p('$200K', 200000), p('$87,000', 87000), p('$180,000', 180000), p('$200,000', 200000)],
  },
  {
    url: 'https://www.cryptohindinews.in/bitcoin-price-prediction-will-the-price-reach-200-k-dollar',
    lang: 'hi',
    tags: ['prose', 'forum', 'anaphora'],
    title: 'Bitcoin Price Prediction, 2025 में BTC $200K तक जाएगा',
    blocks: [
      'Robert Kiyosaki Predicts: 2025 में $200K तक पहुंचेगा Bitcoin?',
      'Rich Dad Poor Dad के लेखक Robert Kiyosaki ने X पर BTC पर अपनी राय रखी: "Bitcoin $84,000 के आसपास ट्रैड कर रहा है। मेरे हिसाब से 2025 में यह $180,000 से $200,000 तक जाएगा। आपकी क्या राय है?"',
    ],
    expect: [p('$200K', 200000), p('$84,000', 84000), p('$180,000', 180000), p('$200,000', 200000)],
  },
];
