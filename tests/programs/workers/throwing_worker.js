postMessage("hello");
setTimeout(() => {
  throw new TypeError("boom");
}, 10);
