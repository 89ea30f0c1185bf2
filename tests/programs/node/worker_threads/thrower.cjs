// Fails after a turn of the event loop.
setTimeout(() => {
  throw new RangeError("out of range in the worker");
}, 1);
