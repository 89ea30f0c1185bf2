// Where node:net's handles live and how their events reach their owners (a Socket, a Server).
//
// A plain TCP handle is native (_core/sockets.cpp): JS calls it directly, and when the host sees
// the native set ready it runs `runPolled`, which takes every event ready at once and hands
// each to its owner as a task of its own (ticks and microtasks after each, as after each of
// Node's callbacks). A TLS handle is the host's (net/ops.py, on asyncio's TLS transports):
// calls go through ops, and each of its events comes as a macrotask to `deliver`.
"use strict";
const { SafeMap, Symbol } = core.primordials;
const { ops } = core;

const kOnEvent = Symbol("onEvent");

// Handle number -> its Socket or Server, while events may still come for it.
const owners = new SafeMap();

function deliver(handle, kind, value) {
  const owner = owners.get(handle);
  if (owner !== undefined) owner[kOnEvent](kind, value);
}

const native = ops.netNative;
const NATIVE_EVENTS = ["connection", "connect", "data", "end", "drain", "close"];

function deliverNative(handle, kind, value) {
  // A failed connect or a connection lost to an error carries the errno: Node's facts of it.
  if (typeof value === "number") value = ops.netErrorFacts(value);
  deliver(handle, NATIVE_EVENTS[kind], value);
}

let polled = [];
let next = 0;

function runPolled() {
  if (next >= polled.length) {
    polled = native.poll();
    next = 0;
  }
  try {
    while (next < polled.length) {
      const handle = polled[next];
      const kind = polled[next + 1];
      const value = polled[next + 2];
      next += 3;
      core.runTaskWith(deliverNative, [handle, kind, value]);
    }
  } finally {
    // A task threw (the program may go on, with an 'uncaughtException' handler): the events
    // left run on the next turn of the loop.
    if (next < polled.length) native.wake();
  }
}

ops.netOnEvent(deliver, runPolled);

// The calls a handle takes, by where it lives.
const nativeIo = {
  write: native.write,
  end: native.end,
  close: native.close,
  reset: native.reset,
  setReading: native.setReading,
  ref: native.ref,
  noDelay: native.noDelay,
  keepAlive: native.keepAlive,
};
const hostIo = {
  write: ops.netWrite,
  end: ops.netEnd,
  close: ops.netClose,
  reset: (handle) => ops.netClose(handle, false), // (a TLS connection: asyncio's transports have no reset)
  setReading: ops.netSetReading,
  ref: ops.netRef,
  noDelay: ops.netNoDelay,
  keepAlive: ops.netKeepAlive,
};

module.exports = { owners, kOnEvent, nativeIo, hostIo };
