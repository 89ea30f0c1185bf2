// Stream: the old base of every stream, an EventEmitter with the first `pipe` (data events
// written to the destination, paused while it asks to wait, ended with the source).
"use strict";
const { FunctionPrototypeCall, ObjectSetPrototypeOf } = core.primordials;
const EventEmitter = require("events");

function Stream(options) {
  FunctionPrototypeCall(EventEmitter, this, options);
}
ObjectSetPrototypeOf(Stream.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Stream, EventEmitter);

Stream.prototype.pipe = function pipe(destination, options) {
  const source = this;
  const onData = (chunk) => {
    if (destination.writable && destination.write(chunk) === false && source.pause) source.pause();
  };
  const onDrain = () => {
    if (source.readable && source.resume) source.resume();
  };
  let ended = false;
  const onEnd = () => {
    if (ended) return;
    ended = true;
    destination.end();
  };
  const onClose = () => {
    if (ended) return;
    ended = true;
    if (typeof destination.destroy === "function") destination.destroy();
  };
  const endsDestination = !destination._isStdio && (!options || options.end !== false);
  function onError(error) {
    cleanup();
    // Unhandled by anyone else: thrown, as an 'error' without listeners is.
    if (EventEmitter.listenerCount(this, "error") === 0) this.emit("error", error);
  }
  function cleanup() {
    source.removeListener("data", onData);
    destination.removeListener("drain", onDrain);
    source.removeListener("end", onEnd);
    source.removeListener("close", onClose);
    source.removeListener("error", onError);
    destination.removeListener("error", onError);
    source.removeListener("end", cleanup);
    source.removeListener("close", cleanup);
    destination.removeListener("close", cleanup);
  }
  source.on("data", onData);
  destination.on("drain", onDrain);
  if (endsDestination) {
    source.on("end", onEnd);
    source.on("close", onClose);
  }
  prependListener(source, "error", onError);
  prependListener(destination, "error", onError);
  source.on("end", cleanup);
  source.on("close", cleanup);
  destination.on("close", cleanup);
  destination.emit("pipe", source);
  return destination;
};

// Before the listeners already there, also on emitters older than prependListener.
function prependListener(emitter, event, listener) {
  if (typeof emitter.prependListener === "function") emitter.prependListener(event, listener);
  else emitter.on(event, listener);
}

module.exports = { Stream, prependListener };
