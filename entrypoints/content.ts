export default defineContentScript({
  matches: ['https://remotewlb.com/apply/*', 'https://www.remotewlb.com/apply/*'],
  runAt: 'document_idle',
  main() {},
});
