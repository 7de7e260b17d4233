export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  main() {
    document.documentElement.dataset.hashfloor = 'active';
  },
});
