// node:net: TCP servers and sockets. A Socket is a stream.Duplex over a connection handle, a
// Server owns a listening one: native for plain TCP, the host's for TLS (internal/net/handles
// says how each is called and how its events, data, end, drain, close, a server's new
// connection, reach the owner's `kOnEvent`).
"use strict";
const {
  FunctionPrototypeCall,
  ObjectDefineProperties, ObjectSetPrototypeOf, PromisePrototypeThen, RegExpPrototypeTest, Symbol,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
} = core.primordials;
const EventEmitter = require("events");
require("dns"); // brings the lookup ops internal/dns/lookup uses
const { Duplex } = require("internal/streams/duplex");
const { Buffer } = require("buffer");
const { setTimeout, clearTimeout, setImmediate } = require("timers");
const {
  badPort, socketError, netError, invalidArgType, outOfRange, unimplemented, validateFunction,
} = require("internal/errors");
const { lookupAll } = require("internal/dns/lookup");
const { isIPv4, isIPv6, ipVersion } = require("internal/net/address");
const { kSecure, kSecureFacts, kMakeSocket, tlsError } = require("internal/net/secure");
const { owners, kOnEvent, nativeIo, hostIo } = require("internal/net/handles");
const { ops } = core;

const kHandle = Symbol("handle");
const kIo = Symbol("io"); // the calls the handle takes: internal/net/handles' nativeIo or hostIo
const kLocal = Symbol("local");
const kRemote = Symbol("remote");
const kPaused = Symbol("readingPaused");
const kRefed = Symbol("refed");
const kDrain = Symbol("drainCallback");
const kWhenConnected = Symbol("whenConnected");
const kTimer = Symbol("timer");
const kTimeout = Symbol("timeout");
const kBytesWritten = Symbol("bytesWritten");
const kHandleClosed = Symbol("handleClosed");
const kHadError = Symbol("hadError");
const kServer = Symbol("server");
const kNoDelay = Symbol("noDelay");
const kReadAsked = Symbol("readAsked"); // the stream asked for data while connecting
const kKeepAlive = Symbol("keepAlive");
const kConnecting = Symbol("connecting"); // the connect under way: its handle, address and port
const kBinding = Symbol("binding"); // a server looking its host up before it binds
const kClosing = Symbol("closing"); // close() was called: 'close' once the connections are gone

const ANY_ADDRESS = "0.0.0.0";

function asBuffer(bytes) {
  return Buffer.from(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes));
}

// A port as Node accepts it: an integer (or a string of digits) from 0 to 65535.
function validatePort(port, name = "Port", allowZero = true) {
  if (
    (typeof port !== "number" && typeof port !== "string") ||
    (typeof port === "string" && (port.trim() === "" || !RegExpPrototypeTest(/^\s*[0-9]+\s*$/, port))) ||
    +port !== +port >>> 0 || +port > 0xffff || (port === 0 && !allowZero)
  ) {
    throw badPort(name, port, allowZero);
  }
  return +port;
}

// --- Socket

function Socket(options = undefined) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === "number") options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) throw unimplemented("net.Socket({ fd })")();
  FunctionPrototypeCall(Duplex, this, {
    allowHalfOpen: options.allowHalfOpen === true,
    readable: options.readable,
    writable: options.writable,
    highWaterMark: options.highWaterMark,
    emitClose: false, // 'close' comes once the handle is closed, with whether an error ended it
    autoDestroy: true,
  });
  this.connecting = false;
  this[kHandle] = null;
  this[kIo] = hostIo;
  this[kLocal] = null;
  this[kRemote] = null;
  this[kPaused] = false;
  this[kReadAsked] = false;
  this[kConnecting] = null;
  this[kRefed] = true;
  this[kDrain] = null;
  this[kWhenConnected] = null;
  this[kTimer] = null;
  this[kTimeout] = undefined;
  this[kBytesWritten] = 0;
  this[kHandleClosed] = false;
  this[kHadError] = false;
  this[kServer] = null;
  this.bytesRead = 0;
  this.server = null;
  this._host = null;
  this[kNoDelay] = options.noDelay === true;
  this[kKeepAlive] = options.keepAlive === true ? [true, options.keepAliveInitialDelay ?? 0] : null;
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
}
ObjectSetPrototypeOf(Socket.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Socket, Duplex);

// Takes over a connected handle (one connect made, or a server accepted).
function attach(socket, facts, io) {
  socket[kHandle] = facts.handle;
  socket[kIo] = io;
  socket[kLocal] = facts.local;
  socket[kRemote] = facts.remote;
  socket[kSecureFacts] = facts.secure;
  socket.connecting = false;
  owners.set(facts.handle, socket);
  if (!socket[kRefed]) io.ref(facts.handle, false);
  if (socket[kNoDelay]) io.noDelay(facts.handle, true);
  if (socket[kKeepAlive] !== null) io.keepAlive(facts.handle, true, socket[kKeepAlive][1]);
}

Socket.prototype[kOnEvent] = function (kind, value) {
  switch (kind) {
    case "data": {
      this.bytesRead += TypedArrayPrototypeGetByteLength(value);
      activity(this);
      if (!this.push(asBuffer(value)) && !this[kPaused] && this[kHandle] !== null) {
        this[kPaused] = true;
        this[kIo].setReading(this[kHandle], false);
      }
      break;
    }
    case "end":
      this.push(null);
      this.read(0); // 'end' comes once what is buffered was read
      break;
    case "drain": {
      const callback = this[kDrain];
      this[kDrain] = null;
      if (callback !== null) callback();
      break;
    }
    case "connect": // a native connection's connect finished (facts) or failed (its error's)
      if (value.handle === undefined) connectEnded(this, value, undefined, nativeIo);
      else connectEnded(this, null, value, nativeIo);
      break;
    case "close":
      this[kHandleClosed] = true;
      owners.delete(this[kHandle]);
      if (this.destroyed) emitClose(this);
      else this.destroy(value === undefined ? undefined : socketError(value, "read"));
      break;
  }
};

function emitClose(socket) {
  socket.emit("close", socket[kHadError]);
}

// Something happened on the socket: an idle timeout starts over.
function activity(socket) {
  if (socket[kTimer] !== null) socket[kTimer].refresh();
}

Socket.prototype._read = function () {
  if (this[kHandle] === null) {
    this[kReadAsked] = true; // reading starts once connected
  } else if (this[kPaused]) {
    this[kPaused] = false;
    this[kIo].setReading(this[kHandle], true);
  }
};

Socket.prototype._write = function (chunk, encoding, callback) {
  if (this.connecting) {
    this[kWhenConnected] = () => this._write(chunk, encoding, callback);
    return;
  }
  if (this[kHandle] === null || this[kHandleClosed]) {
    callback(netError("ERR_SOCKET_CLOSED"));
    return;
  }
  this[kBytesWritten] += chunk.length;
  activity(this);
  if (this[kIo].write(this[kHandle], chunk)) callback();
  else this[kDrain] = callback;
};

// What piled up while corked or while a write was under way (an HTTP head and its body, say)
// leaves in one write.
Socket.prototype._writev = function (chunks, callback) {
  const buffers = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) buffers[i] = chunks[i].chunk;
  this._write(Buffer.concat(buffers), "buffer", callback);
};

Socket.prototype._final = function (callback) {
  if (this.connecting) {
    this[kWhenConnected] = () => this._final(callback);
    return;
  }
  if (this[kHandle] !== null) this[kIo].end(this[kHandle]);
  callback();
};

Socket.prototype._destroy = function (error, callback) {
  this.connecting = false;
  const attempt = this[kConnecting];
  if (attempt !== null && attempt.native) {
    // A native connect under way is given up now (a TLS one is closed once it ends).
    this[kConnecting] = null;
    owners.delete(attempt.handle);
    nativeIo.close(attempt.handle, false);
  }
  this[kHadError] = !!error;
  if (this[kTimer] !== null) {
    clearTimeout(this[kTimer]);
    this[kTimer] = null;
  }
  const server = this[kServer];
  if (server !== null) {
    this[kServer] = null;
    this.once("close", () => connectionClosed(server));
  }
  callback(error);
  if (this[kHandle] !== null && !this[kHandleClosed]) {
    // A socket whose writing finished closes after what it wrote was sent; any other at once.
    this[kIo].close(this[kHandle], !error && this.writableFinished);
  } else {
    setImmediate(emitClose, this); // where Node's handle would close: after this round's events
  }
};

Socket.prototype.connect = function (...args) {
  const [options, listener] = connectArguments(args);
  if (this.destroyed) {
    // A destroyed socket may connect again (Node resets its state).
    this._readableState.destroyed = false;
    this._writableState.destroyed = false;
  }
  if (listener !== undefined) this.once("connect", listener);
  if (options.path !== undefined && options.path !== null) throw unimplemented("net.Socket.connect({ path })")();
  const port = validatePort(options.port);
  const host = options.host ?? "localhost";
  if (typeof host !== "string") throw invalidArgType("options.host", "string", host);
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  this.connecting = true;
  this._host = host;
  const family = options.family ?? 0;
  const lookup = options.lookup;
  const socket = this;
  const version = ipVersion(host);
  if (version !== 0) {
    ops.netCheck(host, port);
    process.nextTick(() => {
      if (socket.connecting) connectTo(socket, host, host, port);
    });
    return this;
  }
  ops.netCheck(host, port);
  const found = (error, address, addressFamily) => {
    socket.emit("lookup", error, address, addressFamily, host);
    if (!socket.connecting) return;
    if (error) socket.destroy(error);
    else connectTo(socket, host, address, port);
  };
  if (lookup !== undefined) {
    validateFunction(lookup, "options.lookup");
    lookup(host, { family, all: false }, found);
  } else {
    lookupAll(host, family, "verbatim", port, (error, addresses) => {
      if (error) return found(error);
      if (addresses.length === 0) return found(new Error(`getaddrinfo ENOTFOUND ${host}`));
      found(null, addresses[0].address, addresses[0].family);
    });
  }
  return this;
};

// Starts connecting; a TLS connection's outcome comes as a promise, a native one's as the
// socket's "connect" event.
function connectTo(socket, host, address, port) {
  const [handle, outcome] = ops.netConnect(host, address, port, socket[kSecure] ?? null);
  socket[kPaused] = true; // the connection starts reading once the stream asks (_read)
  socket[kConnecting] = { handle, address, port, native: outcome === null };
  owners.set(handle, socket);
  if (outcome !== null) PromisePrototypeThen(outcome, ([failure, facts]) => connectEnded(socket, failure, facts, hostIo));
}

// The connect started by connectTo ended: `failure` (its error's facts) or the connection's facts.
function connectEnded(socket, failure, facts, io) {
  const attempt = socket[kConnecting];
  socket[kConnecting] = null;
  if (attempt === null) return; // given up while connecting (see _destroy)
  if (failure) {
    owners.delete(attempt.handle);
    const { address, port } = attempt;
    if (socket.connecting) socket.destroy(failure.tls ? tlsError(failure) : socketError(failure, "connect", address, port));
    return;
  }
  if (!socket.connecting) {
    owners.delete(facts.handle);
    io.close(facts.handle, false); // destroyed while connecting
    return;
  }
  attach(socket, facts, io);
  socket.emit("connect");
  socket.emit("ready");
  const pending = socket[kWhenConnected];
  socket[kWhenConnected] = null;
  if (pending !== null) pending();
  if (socket[kReadAsked]) {
    socket[kReadAsked] = false;
    socket._read();
  } else if (!socket.isPaused()) {
    socket.read(0);
  }
}

// connect(options[, listener]) or connect(port[, host][, listener]) -> [options, listener].
function connectArguments(args) {
  let options;
  if (args[0] !== null && typeof args[0] === "object") options = args[0];
  else if (typeof args[0] === "string" && !RegExpPrototypeTest(/^[0-9]+$/, args[0])) options = { path: args[0] };
  else {
    options = { port: args[0] };
    if (typeof args[1] === "string") options.host = args[1];
  }
  const last = args[args.length - 1];
  return [options, typeof last === "function" ? last : undefined];
}

Socket.prototype.setNoDelay = function (enable = true) {
  this[kNoDelay] = !!enable;
  if (this[kHandle] !== null && !this.connecting) this[kIo].noDelay(this[kHandle], !!enable);
  return this;
};

Socket.prototype.setKeepAlive = function (enable = false, initialDelay = 0) {
  const seconds = ~~(initialDelay / 1000);
  this[kKeepAlive] = enable ? [true, seconds] : null;
  if (this[kHandle] !== null && !this.connecting) this[kIo].keepAlive(this[kHandle], !!enable, seconds);
  return this;
};

// setTimeout(ms[, callback]): 'timeout' after `ms` without activity (0 turns it off).
Socket.prototype.setTimeout = function (ms, callback) {
  if (typeof ms !== "number" || ms < 0 || ms !== ms) {
    if (typeof ms !== "number") throw invalidArgType("msecs", "number", ms);
    throw outOfRange("msecs", "a non-negative finite number", ms);
  }
  if (this[kTimer] !== null) {
    clearTimeout(this[kTimer]);
    this[kTimer] = null;
  }
  this[kTimeout] = ms;
  if (ms === 0) {
    if (callback !== undefined) this.removeListener("timeout", callback);
    return this;
  }
  if (callback !== undefined) {
    validateFunction(callback, "callback");
    this.once("timeout", callback);
  }
  const timer = setTimeout(() => this.emit("timeout"), ms);
  timer.unref();
  this[kTimer] = timer;
  return this;
};

Socket.prototype.ref = function () {
  this[kRefed] = true;
  if (this[kHandle] !== null) this[kIo].ref(this[kHandle], true);
  return this;
};

Socket.prototype.unref = function () {
  this[kRefed] = false;
  if (this[kHandle] !== null) this[kIo].ref(this[kHandle], false);
  return this;
};

Socket.prototype.address = function () {
  return this[kLocal] === null ? {} : { ...this[kLocal] };
};

Socket.prototype.resetAndDestroy = function () {
  if (this[kHandle] !== null && !this[kHandleClosed]) this[kIo].reset(this[kHandle]);
  return this.destroy();
};

const addressPart = (side, part) => ({
  get() {
    const facts = this[side];
    return facts === null ? undefined : facts[part];
  },
  configurable: true,
  enumerable: false,
});

ObjectDefineProperties(Socket.prototype, {
  remoteAddress: addressPart(kRemote, "address"),
  remotePort: addressPart(kRemote, "port"),
  remoteFamily: addressPart(kRemote, "family"),
  localAddress: addressPart(kLocal, "address"),
  localPort: addressPart(kLocal, "port"),
  localFamily: addressPart(kLocal, "family"),
  bytesWritten: {
    get() { return this[kBytesWritten]; },
    configurable: true,
  },
  pending: {
    get() { return this[kHandle] === null || this.connecting; },
    configurable: true,
  },
  timeout: {
    get() { return this[kTimeout]; },
    configurable: true,
  },
  bufferSize: {
    get() { return this[kHandle] === null ? undefined : this.writableLength; },
    configurable: true,
  },
  readyState: {
    get() {
      if (this.connecting) return "opening";
      if (this.readable && this.writable) return "open";
      if (this.readable && !this.writable) return "readOnly";
      if (!this.readable && this.writable) return "writeOnly";
      return "closed";
    },
    configurable: true,
  },
});

// --- Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  FunctionPrototypeCall(EventEmitter, this);
  if (typeof options === "function") {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== "object") {
    throw invalidArgType("options", "object", options);
  }
  if (connectionListener !== undefined) this.on("connection", connectionListener);
  this[kHandle] = null;
  this[kIo] = hostIo;
  this[kLocal] = null;
  this[kRefed] = true;
  this._connections = 0;
  this.allowHalfOpen = options.allowHalfOpen === true;
  this.pauseOnConnect = options.pauseOnConnect === true;
  this.noDelay = options.noDelay === true;
  this.keepAlive = options.keepAlive === true;
  this.keepAliveInitialDelay = options.keepAliveInitialDelay ?? 0;
  this.maxConnections = undefined;
  this[kBinding] = false;
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

Server.prototype[kOnEvent] = function (kind, facts) {
  if (kind !== "connection") return;
  const socket = this[kMakeSocket]({
    allowHalfOpen: this.allowHalfOpen,
    noDelay: this.noDelay,
    keepAlive: this.keepAlive,
    keepAliveInitialDelay: ~~(this.keepAliveInitialDelay / 1000),
  });
  attach(socket, facts, this[kIo]);
  if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
    socket.destroy();
    return;
  }
  this._connections++;
  socket.server = this;
  socket._server = this;
  socket[kServer] = this;
  if (this.pauseOnConnect) {
    socket[kPaused] = true;
    this[kIo].setReading(facts.handle, false);
    socket.pause();
  }
  this.emit("connection", socket);
};

Server.prototype[kMakeSocket] = function (options) {
  return new Socket(options);
};

function connectionClosed(server) {
  server._connections--;
  closeIfDone(server);
}

// 'close' comes once the server stopped listening and its last connection closed.
function closeIfDone(server) {
  if (server[kHandle] === null && server._connections === 0 && server[kClosing]) {
    server[kClosing] = false;
    server.emit("close");
  }
}

// listen(port[, host][, backlog][, callback]), listen({ port, host, backlog, ipv6Only }[, callback]),
// listen([callback]).
Server.prototype.listen = function (...args) {
  const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
  let options;
  if (args[0] !== null && typeof args[0] === "object") options = args[0];
  else {
    options = { port: args[0] };
    if (typeof args[1] === "string") {
      options.host = args[1];
      options.backlog = args[2];
    } else {
      options.backlog = args[1];
    }
  }
  if (options.path !== undefined) throw unimplemented("net.Server.listen({ path })")();
  if (options.handle !== undefined || options.fd !== undefined) throw unimplemented("net.Server.listen({ handle })")();
  if (this[kHandle] !== null || this[kBinding]) throw netError("ERR_SERVER_ALREADY_LISTEN");
  const port = options.port === undefined || options.port === null ? 0 : validatePort(options.port, "options.port");
  const backlog = typeof options.backlog === "number" && options.backlog >= 0 ? options.backlog : 511;
  if (callback !== undefined) this.once("listening", callback);
  const ipv6Only = options.ipv6Only === true;
  const host = options.host;
  if (host === undefined || host === null || host === "") {
    ops.netCheck(ANY_ADDRESS, port);
    bind(this, ANY_ADDRESS, "::", port, backlog, ipv6Only, true);
    return this;
  }
  if (typeof host !== "string") throw invalidArgType("options.host", "string", host);
  ops.netCheck(host, port);
  this[kBinding] = true;
  lookupAll(host, 0, "verbatim", port, (error, addresses) => {
    if (!this[kBinding]) return; // closed meanwhile
    this[kBinding] = false;
    if (error) {
      this.emit("error", error);
      return;
    }
    bind(this, host, addresses[0].address, port, backlog, ipv6Only, false);
  });
  return this;
};

// Binds and listens now; 'listening' (or 'error') comes on the next tick. Without a host,
// Node listens on "::" (both families), or on "0.0.0.0" where there is no IPv6; the
// permission asked for is then Deno's name for any address, "0.0.0.0".
function bind(server, host, address, port, backlog, ipv6Only, anyAddress) {
  const secure = server[kSecure] ?? null;
  let [failure, facts] = ops.netListen(host, address, port, backlog, ipv6Only, secure);
  if (failure && anyAddress && failure.code === "EAFNOSUPPORT") {
    address = ANY_ADDRESS;
    [failure, facts] = ops.netListen(host, address, port, backlog, false, secure);
  }
  if (failure) {
    process.nextTick(() => server.emit("error", socketError(failure, "listen", address, port, true)));
    return;
  }
  server[kHandle] = facts.handle;
  server[kIo] = facts.native ? nativeIo : hostIo;
  server[kLocal] = { address: facts.address, family: facts.family, port: facts.port };
  owners.set(facts.handle, server);
  if (!server[kRefed]) server[kIo].ref(facts.handle, false);
  process.nextTick(() => {
    if (server[kHandle] !== null) server.emit("listening");
  });
}

Server.prototype.address = function () {
  return this[kLocal] === null ? null : { ...this[kLocal] };
};

Server.prototype.close = function (callback) {
  this[kBinding] = false;
  if (typeof callback === "function") {
    if (this[kHandle] === null) {
      this.once("close", () => callback(netError("ERR_SERVER_NOT_RUNNING")));
    } else {
      this.once("close", callback);
    }
  }
  if (this[kHandle] !== null) {
    owners.delete(this[kHandle]);
    this[kIo].close(this[kHandle], true);
    this[kHandle] = null;
    this[kLocal] = null;
  }
  this[kClosing] = true;
  process.nextTick(closeIfDone, this);
  return this;
};

Server.prototype.getConnections = function (callback) {
  process.nextTick(callback, null, this._connections);
  return this;
};

Server.prototype.ref = function () {
  this[kRefed] = true;
  if (this[kHandle] !== null) this[kIo].ref(this[kHandle], true);
  return this;
};

Server.prototype.unref = function () {
  this[kRefed] = false;
  if (this[kHandle] !== null) this[kIo].ref(this[kHandle], false);
  return this;
};

ObjectDefineProperties(Server.prototype, {
  listening: {
    get() { return this[kHandle] !== null; },
    configurable: true,
    enumerable: true,
  },
});

// --- the module

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const [options] = connectArguments(args);
  const socket = new Socket(options);
  if (options.timeout !== undefined) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

function isIP(input) {
  return ipVersion(input);
}

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  isIP,
  isIPv4,
  isIPv6,
  BlockList: unimplemented("net.BlockList"),
  SocketAddress: unimplemented("net.SocketAddress"),
  getDefaultAutoSelectFamily: () => false,
  setDefaultAutoSelectFamily: unimplemented("net.setDefaultAutoSelectFamily"),
  getDefaultAutoSelectFamilyAttemptTimeout: () => 250,
  setDefaultAutoSelectFamilyAttemptTimeout: unimplemented("net.setDefaultAutoSelectFamilyAttemptTimeout"),
};
