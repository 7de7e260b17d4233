import { realHttp, startBackground } from '@/lib/background/service';

// Thin wiring only: the logic lives in lib/background (DESIGN.md "entry points only wire").
export default defineBackground(() => {
  startBackground(browser, realHttp());
});
