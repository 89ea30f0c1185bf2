// The IPC channel between a program and a child it forked, as either side sees it: the
// ChildProcess (parent) or `process` (child) gets send(), disconnect(), `connected`,
// `channel` (ref/unref) and the 'message' and 'disconnect' events. The Python side
// (child_process/channel.py) carries the bytes; the framing is ours:
// - "json": each message is its JSON text and a newline (what Node's children read too);
// - "advanced": each is its length (4 bytes, big-endian) and then v8.serialize's bytes, so
//   Maps, Dates, Buffers... arrive as themselves (structured clone).
"use strict";
const {
  ArrayPrototypeIncludes, Error, FunctionPrototypeCall, JSONParse, JSONStringify, StringPrototypeIndexOf, StringPrototypeSlice, TypeError,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
} = core.primordials;
const { Buffer } = require("buffer");
const { StringDecoder } = require("string_decoder");
const {
  codedError, invalidArgType, invalidArgValue, missingArgs, notImplemented, validateObject,
} = require("internal/errors");
const { ops } = core;

const MESSAGE_TYPES = ["string", "object", "number", "boolean"];
const LENGTH_BYTES = 4;

// options.serialization, checked: "json" (the default) or "advanced".
function serializationOption(serialization) {
  if (serialization === undefined) return "json";
  if (serialization !== "json" && serialization !== "advanced") {
    throw invalidArgValue("options.serialization", serialization, "must be one of: undefined, 'json', 'advanced'");
  }
  return serialization;
}

function asBuffer(bytes) {
  return Buffer.from(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes));
}

// ── framing ──

class JsonFraming {
  #decoder = new StringDecoder("utf8");
  #partial = "";

  encode(message) {
    return Buffer.from(`${JSONStringify(message)}\n`, "utf8");
  }

  // The messages complete once `bytes` arrived, each given to `deliver`.
  receive(bytes, deliver) {
    const text = this.#partial + this.#decoder.write(bytes);
    let start = 0;
    for (let end = StringPrototypeIndexOf(text, "\n"); end !== -1; end = StringPrototypeIndexOf(text, "\n", start)) {
      const line = StringPrototypeSlice(text, start, end);
      start = end + 1;
      deliver(JSONParse(line));
    }
    this.#partial = StringPrototypeSlice(text, start);
  }
}

class AdvancedFraming {
  #v8 = require("v8");
  #pending = null; // the bytes of a message not complete yet

  encode(message) {
    const body = this.#v8.serialize(message);
    const frame = Buffer.allocUnsafe(LENGTH_BYTES + body.length);
    frame.writeUInt32BE(body.length, 0);
    body.copy(frame, LENGTH_BYTES);
    return frame;
  }

  receive(bytes, deliver) {
    const data = this.#pending === null ? bytes : Buffer.concat([this.#pending, bytes]);
    let at = 0;
    while (data.length - at >= LENGTH_BYTES) {
      const size = data.readUInt32BE(at);
      if (data.length - at - LENGTH_BYTES < size) break;
      const body = data.subarray(at + LENGTH_BYTES, at + LENGTH_BYTES + size);
      at += LENGTH_BYTES + size;
      deliver(this.#v8.deserialize(body));
    }
    this.#pending = at < data.length ? Buffer.from(data.subarray(at)) : null;
  }
}

// ── the channel ──

function channelClosed() {
  return codedError(Error, "ERR_IPC_CHANNEL_CLOSED", "Channel closed");
}

// The `channel` property: keeps the event loop alive while ref'd.
class Control {
  #owner;

  constructor(owner) {
    this.#owner = owner;
  }

  ref() {
    this.#owner.setReferenced(true);
  }

  unref() {
    this.#owner.setReferenced(false);
  }
}

// One side's end of a channel, installed on `target` (a ChildProcess, or process).
class IpcEndpoint {
  #id = undefined;
  #target;
  #framing;

  constructor(target, serialization) {
    this.#target = target;
    this.#framing = serialization === "advanced" ? new AdvancedFraming() : new JsonFraming();
    const endpoint = this;
    target.channel = new Control(this);
    target.connected = true;
    target.send = function send(message, handle, options, callback) {
      return endpoint.send(message, handle, options, callback);
    };
    target.disconnect = function disconnect() {
      endpoint.disconnect();
    };
  }

  // The Python channel's id, once it exists.
  open(id) {
    this.#id = id;
  }

  // The Python side's report: ("data", bytes) or ("end") when the other side went away.
  onEvent(kind, bytes) {
    if (kind === "data") {
      if (!this.#target.connected) return;
      this.#framing.receive(asBuffer(bytes), (message) => this.#target.emit("message", message, undefined));
    } else if (kind === "end") {
      this.#closed();
    }
  }

  setReferenced(on) {
    if (this.#id !== undefined && this.#target.connected) ops.childChannelRef(this.#id, on);
  }

  send(message, handle, options, callback) {
    if (typeof handle === "function") {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === "function") {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, "options");
    }
    if (message === undefined) throw missingArgs("message");
    if (!ArrayPrototypeIncludes(MESSAGE_TYPES, typeof message)) {
      throw invalidArgType("message", MESSAGE_TYPES, message);
    }
    if (handle !== undefined && handle !== null) throw unsendableHandle(handle);
    const target = this.#target;
    const report = typeof callback === "function" ? callback : (error) => error && target.emit("error", error);
    if (!target.connected) {
      core.nextTick(report, channelClosed());
      return false;
    }
    const frame = this.#framing.encode(message);
    ops.childChannelWrite(this.#id, frame, (facts) => {
      if (facts === null) FunctionPrototypeCall(report, target, null);
      else FunctionPrototypeCall(report, target, systemFailure(facts));
    });
    return true;
  }

  disconnect() {
    if (!this.#target.connected) {
      this.#target.emit("error", codedError(Error, "ERR_IPC_DISCONNECTED", "IPC channel is already disconnected"));
      return;
    }
    ops.childChannelEnd(this.#id);
    this.#closed();
  }

  // Either side ended the channel: 'disconnect' comes on the next tick.
  #closed() {
    const target = this.#target;
    if (!target.connected) return;
    target.connected = false;
    target.channel = null;
    core.nextTick(() => target.emit("disconnect"));
  }
}

// A handle given to send(): Node passes sockets and servers; we cannot (yet).
function unsendableHandle(handle) {
  const net = require("net");
  if (handle instanceof net.Socket || handle instanceof net.Server) return notImplemented("Sending handles over an IPC channel");
  return codedError(TypeError, "ERR_INVALID_HANDLE_TYPE", "This handle type cannot be sent");
}

function systemFailure(facts) {
  const error = new Error(`write ${facts.code}`);
  error.errno = facts.errno;
  error.code = facts.code;
  error.syscall = "write";
  return error;
}

// The parent's end, for a ChildProcess: `start(onEvent)` makes the Python channel and
// returns its id.
function attachToChild(child, serialization, start) {
  const endpoint = new IpcEndpoint(child, serialization);
  const id = start((kind, bytes) => endpoint.onEvent(kind, bytes));
  if (id === undefined) {
    child.connected = false;
    child.channel = undefined;
    return;
  }
  endpoint.open(id);
}

// The child's end, inherited from the parent (the host found it in the environment): the
// channel keeps the program alive while it listens for 'message' or 'disconnect'.
function connectToParent(fd, serialization) {
  const process = core.process;
  require("events"); // process becomes an EventEmitter
  const endpoint = new IpcEndpoint(process, serialization);
  endpoint.open(ops.childChannelConnectParent(fd, (kind, bytes) => endpoint.onEvent(kind, bytes)));
  let listening = 0;
  const counts = (name) => name === "message" || name === "disconnect";
  process.on("newListener", (name) => {
    if (counts(name) && ++listening === 1) endpoint.setReferenced(true);
  });
  process.on("removeListener", (name) => {
    if (counts(name) && --listening === 0) endpoint.setReferenced(false);
  });
}

module.exports = { serializationOption, attachToChild, connectToParent, asBuffer };
