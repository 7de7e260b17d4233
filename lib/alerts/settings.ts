/** Which alerts the reader switched on (settings `alerts`); every one is off by default. */
export interface AlertSettings {
  /** Price crosses below or above the chosen cost. */
  crossCost: boolean;
  /** Price ÷ cost enters or leaves a band (below 0.8×, near, above 1.2×). */
  band: boolean;
  /** A price level of the reader's own, in USD, or null. */
  level: number | null;
  /** A difficulty adjustment lands: its size and the new cost. */
  adjustment: boolean;
  /** Hashprice falls below this many $/PH/day, or null. */
  hashpriceBelow: number | null;
  /** Hash Ribbons capitulation starts or ends. */
  ribbons: boolean;
}

export const NO_ALERTS: AlertSettings = {
  crossCost: false,
  band: false,
  level: null,
  adjustment: false,
  hashpriceBelow: null,
  ribbons: false,
};

/** True when at least one alert is on: only then is the notifications permission needed. */
export const anyAlertOn = (a: AlertSettings): boolean =>
  a.crossCost || a.band || a.level !== null || a.adjustment || a.hashpriceBelow !== null || a.ribbons;
