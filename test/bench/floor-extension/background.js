chrome.runtime.onMessage.addListener((_msg, _sender, reply) => {
  reply(true);
});
