import { useEffect, useState } from 'preact/hooks';

/** The current time, re-read every `everyMs` so "updated 2 min ago" keeps counting while the page is open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
