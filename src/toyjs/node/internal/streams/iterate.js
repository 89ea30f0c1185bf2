// A Readable as an async iterator (`for await (const chunk of readable)`): reads in paused
// mode, woken by 'readable'; the stream's error is thrown; leaving the loop early destroys
// the stream (unless `destroyOnReturn: false`).
"use strict";
const { Promise } = core.primordials;
const { finished } = require("internal/streams/finished");

async function* iterate(stream, destroyOnReturn) {
  let wake = null;
  const wakeUp = () => {
    const resolve = wake;
    wake = null;
    if (resolve) resolve();
  };
  stream.on("readable", wakeUp);
  // undefined: still reading; null: ended; else the stream's error.
  let outcome;
  const stopWatching = finished(stream, { writable: false }, (error) => {
    outcome = error || null;
    wakeUp();
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (outcome) throw outcome;
      else if (outcome === null) return;
      else await new Promise((resolve) => { wake = resolve; });
    }
  } catch (error) {
    outcome ||= error;
    throw outcome;
  } finally {
    if ((outcome || destroyOnReturn) && (outcome === undefined || stream._readableState.autoDestroy)) {
      stream.destroy(null);
    } else {
      stream.off("readable", wakeUp);
      stopWatching();
    }
  }
}

module.exports = { iterate };
