export default defineBackground(() => {
  console.info('hashfloor background up');
});
