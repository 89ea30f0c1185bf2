// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.
"use strict";
const { AbortError, invalidArgType, validateAbortSignal } = require("internal/errors");
const { isNodeStream } = require("internal/streams/utils");

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, "signal");
  if (!isNodeStream(stream)) throw invalidArgType("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
  const onAbort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener("abort", onAbort, { once: true });
    require("internal/streams/finished").finished(stream, () => signal.removeEventListener("abort", onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal };
