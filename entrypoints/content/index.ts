export default defineContentScript({
  matches: ['*://*.china.com/*'],
  main() {},
});
