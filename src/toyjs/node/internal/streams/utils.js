// What kind of stream a value is, and how far along it is, from its public face or its
// states: shared by finished(), pipeline() and the stream.isReadable/isErrored/isDisturbed
// exports. Each answers null when the value is not a stream it can tell about.
"use strict";
const { SymbolAsyncIterator, SymbolIterator } = core.primordials;

function isReadableNodeStream(value, strict = false) {
  return Boolean(value && typeof value.pipe === "function" && typeof value.on === "function" &&
    (!strict || (typeof value.pause === "function" && typeof value.resume === "function")) &&
    (!value._writableState || value._readableState?.readable !== false) &&
    (!value._writableState || value._readableState));
}

function isWritableNodeStream(value) {
  return Boolean(value && typeof value.write === "function" && typeof value.on === "function" &&
    (!value._readableState || value._writableState?.writable !== false));
}

function isDuplexNodeStream(value) {
  return Boolean(value && typeof value.pipe === "function" && value._readableState &&
    typeof value.on === "function" && typeof value.write === "function");
}

function isNodeStream(value) {
  return Boolean(value && (value._readableState || value._writableState ||
    (typeof value.write === "function" && typeof value.on === "function") ||
    (typeof value.pipe === "function" && typeof value.on === "function")));
}

function isWebStream(value) {
  return Boolean(value && typeof value === "object" && !isNodeStream(value) &&
    ((typeof value.pipeThrough === "function" && typeof value.getReader === "function") ||
      (typeof value.getWriter === "function" && typeof value.abort === "function") ||
      (typeof value.readable === "object" && typeof value.writable === "object" && value.readable?.getReader)));
}

function isIterable(value, wantAsync) {
  if (value == null) return false;
  if (wantAsync === true) return typeof value[SymbolAsyncIterator] === "function";
  if (wantAsync === false) return typeof value[SymbolIterator] === "function";
  return typeof value[SymbolAsyncIterator] === "function" || typeof value[SymbolIterator] === "function";
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return Boolean(stream.destroyed || state?.destroyed);
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const state = stream._writableState;
  if (state?.errored) return false;
  if (typeof state?.ended !== "boolean") return null;
  return state.ended;
}

// Finished writing; when not `strict`, also when ended with nothing left to write.
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const state = stream._writableState;
  if (state?.errored) return false;
  if (typeof state?.finished !== "boolean") return null;
  return Boolean(state.finished || (strict === false && state.ended === true && state.length === 0));
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const state = stream._readableState;
  if (state?.errored) return false;
  if (typeof state?.endEmitted !== "boolean") return null;
  return Boolean(state.endEmitted || (strict === false && state.ended === true && state.length === 0));
}

function isReadable(stream) {
  if (stream && typeof stream.getReader === "function" && core.isReadableStream?.(stream)) {
    return !core.isDisturbed(stream) && !core.isLocked(stream);
  }
  if (typeof stream?.readable !== "boolean") return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (typeof stream?.writable !== "boolean") return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const writable = stream._writableState;
  const readable = stream._readableState;
  if (typeof writable?.closed === "boolean" || typeof readable?.closed === "boolean") {
    return Boolean(writable?.closed || readable?.closed);
  }
  return null;
}

function erroredOf(stream) {
  return stream._writableState?.errored || stream._readableState?.errored || null;
}

function isErrored(stream) {
  return Boolean(stream && (stream.readableErrored ?? stream.writableErrored ??
    stream._readableState?.errorEmitted ?? stream._writableState?.errorEmitted ??
    stream._readableState?.errored ?? stream._writableState?.errored));
}

function isDisturbed(stream) {
  if (stream && core.isReadableStream?.(stream)) return core.isDisturbed(stream);
  return Boolean(stream && (stream.readableDidRead || stream.readableAborted));
}

// Whether the stream will emit 'close' by itself once done.
function willEmitClose(stream) {
  const state = stream._writableState || stream._readableState;
  return Boolean(state && state.autoDestroy && state.emitClose && state.closed === false);
}

module.exports = {
  isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isWebStream,
  isIterable, isDestroyed, isWritableEnded, isWritableFinished, isReadableFinished, isReadable,
  isWritable, isClosed, erroredOf, isErrored, isDisturbed, willEmitClose,
};
