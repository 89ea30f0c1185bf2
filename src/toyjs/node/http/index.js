// node:http: servers and clients over node:net sockets, with internal/http/parser.js reading
// each connection's messages. Incoming messages are Readables (their body streams as it
// comes); outgoing ones (ServerResponse, ClientRequest) are Writables whose head goes out with
// their first bytes, their body framed by Content-Length or chunked.
"use strict";
const {
  ArrayIsArray, ArrayPrototypePush, SafeMap, Date, DateNow, DatePrototypeToUTCString, MathCeil, MathFloor, ArrayPrototypeShift, FunctionPrototypeCall, ObjectKeys,
  ObjectSetPrototypeOf, RegExpPrototypeTest, String, StringPrototypeStartsWith, StringPrototypeToLowerCase, StringPrototypeToUpperCase, Symbol,
} = core.primordials;
const net = require("net");
const { Buffer } = require("buffer");
const { Readable } = require("internal/streams/readable");
const { Writable } = require("internal/streams/writable");
const { HTTPParser } = require("internal/http/parser");
const { STATUS_CODES, METHODS, kInitServer } = require("internal/http/common");
const { AbortError, codedError, invalidArgType, outOfRange, unimplemented, validateAbortSignal } = require("internal/errors");
const { URL } = require("url");
const { setTimeout, clearTimeout, setInterval, clearInterval } = require("timers");

const kHeaders = Symbol("headers"); // an IncomingMessage's headers object, made when first read
// An OutgoingMessage's headers: lower-cased name -> [name as set, value], in the order set (a
// Map: an object of arbitrary keys would be a dictionary, slower on every response).
const kOutHeaders = Symbol("outHeaders");
const kSocket = Symbol("socket");
const kChunked = Symbol("chunked");
const kKeepAlive = Symbol("keepAlive");
const kNoBody = Symbol("noBody");
const kBodyLength = Symbol("bodyLength");
const kEndSent = Symbol("endSent"); // a chunked body's last chunk went out
// A response to a client older than HTTP/1.1: its body runs until the connection closes.
const kOldPeer = Symbol("oldPeer");

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name) {
  if (typeof name !== "string" || !name || !RegExpPrototypeTest(TOKEN, name)) {
    throw codedError(TypeError, "ERR_INVALID_HTTP_TOKEN", `Header name must be a valid HTTP token ["${name}"]`, validateHeaderName);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw codedError(TypeError, "ERR_HTTP_INVALID_HEADER_VALUE", `Invalid value "${value}" for header "${name}"`, validateHeaderValue);
  }
  if (RegExpPrototypeTest(INVALID_VALUE, String(value))) {
    throw codedError(TypeError, "ERR_INVALID_CHAR", `Invalid character in header content ["${name}"]`, validateHeaderValue);
  }
}

function headersSentError(action) {
  return codedError(Error, "ERR_HTTP_HEADERS_SENT", `Cannot ${action} headers after they are sent to the client`, headersSentError);
}

function hangUp() {
  const error = new Error("socket hang up");
  error.code = "ECONNRESET";
  return error;
}

// Headers whose repeats Node drops (the first one wins); set-cookie repeats make an array;
// others join with ", ".
const SINGLE = new Set([
  "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host", "if-modified-since",
  "if-unmodified-since", "last-modified", "location", "max-forwards", "proxy-authorization", "referer",
  "retry-after", "server", "user-agent",
]);

// --- IncomingMessage

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  FunctionPrototypeCall(Readable, this, {});
  this.socket = socket;
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
  this.httpVersion = "1.1";
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.trailers = {};
  this.aborted = false;
  this.upgrade = false;
  this.url = "";
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this[kHeaders] = null;
}
ObjectSetPrototypeOf(IncomingMessage.prototype, Readable.prototype);
ObjectSetPrototypeOf(IncomingMessage, Readable);

// `headers` is built from rawHeaders when first read.
Object.defineProperty(IncomingMessage.prototype, "headers", {
  get() {
    if (this[kHeaders] === null) {
      const headers = {};
      const raw = this.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) {
        const name = StringPrototypeToLowerCase(raw[i]);
        const value = raw[i + 1];
        const previous = headers[name];
        if (previous === undefined) headers[name] = name === "set-cookie" ? [value] : value;
        else if (name === "set-cookie") ArrayPrototypePush(previous, value);
        else if (!SINGLE.has(name)) headers[name] = `${previous}, ${value}`;
      }
      this[kHeaders] = headers;
    }
    return this[kHeaders];
  },
  set(value) {
    this[kHeaders] = value;
  },
  configurable: true,
  enumerable: true,
});

// Whether a head has a header (its name in lower case), without building the headers object.
function hasRawHeader(rawHeaders, lowerName) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.length === lowerName.length && StringPrototypeToLowerCase(name) === lowerName) return true;
  }
  return false;
}

const VERSIONS = ["1.1", "1.0"]; // (the common httpVersion texts, made once)

function fillHead(message, head) {
  const { versionMajor, versionMinor } = head;
  message.httpVersionMajor = versionMajor;
  message.httpVersionMinor = versionMinor;
  message.httpVersion = versionMajor === 1 && versionMinor <= 1 ? VERSIONS[1 - versionMinor] : `${versionMajor}.${versionMinor}`;
  message.rawHeaders = head.rawHeaders;
  if (head.method !== null) {
    message.method = head.method;
    message.url = head.url;
  } else {
    message.statusCode = head.statusCode;
    message.statusMessage = head.statusMessage;
  }
}

IncomingMessage.prototype._read = function () {
  if (this.socket && this.socket.isPaused()) this.socket.resume();
};

// The socket's idle timeout; 'timeout' comes to this message (see the server's and the
// client's handling of the socket's 'timeout').
IncomingMessage.prototype.setTimeout = function (ms, callback) {
  if (callback) this.on("timeout", callback);
  if (this.socket) this.socket.setTimeout(ms);
  return this;
};

// A body chunk: the socket pauses while the program does not take the body.
function pushBody(message, bytes) {
  if (!message.push(bytes) && message.socket) message.socket.pause(); // a view of the socket's chunk, no copy
}

// --- OutgoingMessage: what ServerResponse and ClientRequest share

function OutgoingMessage() {
  // Its end is the exchange's, not the stream's: no destroy once finished, 'close' sent by us.
  FunctionPrototypeCall(Writable, this, { autoDestroy: false, emitClose: false });
  this[kOutHeaders] = new SafeMap();
  this[kSocket] = null;
  this[kChunked] = false;
  this[kEndSent] = false;
  this[kKeepAlive] = true;
  this[kNoBody] = false;
  this[kBodyLength] = -1; // the body's length when end() has all of it, else -1 (not known)
  this.headersSent = false;
  this._header = null; // the head's text once it is sent (packages such as compression read it)
  // Whether end() was called (node's older name for writableEnded, which packages such as
  // on-finished, under express's static files, still read).
  this.finished = false;
  this.sendDate = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this._pending = []; // bytes written before a socket was assigned
}
ObjectSetPrototypeOf(OutgoingMessage.prototype, Writable.prototype);
ObjectSetPrototypeOf(OutgoingMessage, Writable);

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this.headersSent) throw headersSentError("set");
  validateHeaderName(name);
  validateHeaderValue(name, value);
  this[kOutHeaders].set(StringPrototypeToLowerCase(name), [name, value]);
  return this;
};

OutgoingMessage.prototype.getHeader = function (name) {
  if (typeof name !== "string") throw invalidArgType("name", "string", name);
  return this[kOutHeaders].get(StringPrototypeToLowerCase(name))?.[1];
};

OutgoingMessage.prototype.hasHeader = function (name) {
  if (typeof name !== "string") throw invalidArgType("name", "string", name);
  return this[kOutHeaders].has(StringPrototypeToLowerCase(name));
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (typeof name !== "string") throw invalidArgType("name", "string", name);
  if (this.headersSent) throw headersSentError("remove");
  this[kOutHeaders].delete(StringPrototypeToLowerCase(name));
};

OutgoingMessage.prototype.getHeaders = function () {
  const result = { __proto__: null };
  this[kOutHeaders].forEach((entry, name) => { result[name] = entry[1]; });
  return result;
};

OutgoingMessage.prototype.getHeaderNames = function () {
  const names = [];
  this[kOutHeaders].forEach((entry, name) => { ArrayPrototypePush(names, name); });
  return names;
};

OutgoingMessage.prototype.getRawHeaderNames = function () {
  const raw = [];
  this[kOutHeaders].forEach((entry) => { ArrayPrototypePush(raw, entry[0]); });
  return raw;
};

// The head's text: the first line, then each header (arrays as repeated lines).
function headText(message, firstLine) {
  let text = `${firstLine}\r\n`;
  message[kOutHeaders].forEach((entry) => {
    const name = entry[0], value = entry[1];
    if (ArrayIsArray(value)) for (let j = 0; j < value.length; j++) text += `${name}: ${value[j]}\r\n`;
    else text += `${name}: ${value}\r\n`;
  });
  return `${text}\r\n`;
}

// The Keep-Alive header's value for a server's keepAliveTimeout (the last one, kept).
let keepAliveFor = -1, keepAliveValue = "";
function keepAliveText(timeout) {
  if (timeout !== keepAliveFor) {
    keepAliveFor = timeout;
    keepAliveValue = `timeout=${MathFloor(timeout / 1000)}`;
  }
  return keepAliveValue;
}

// Decides the framing (from the headers set, and `bodyLength` when the whole body is known)
// and returns the head to send.
function prepareHead(message, bodyLength) {
  const firstLine = message._firstLine();
  const headers = message[kOutHeaders];
  const connection = headers.get("connection")?.[1];
  if (connection !== undefined && RegExpPrototypeTest(/close/i, String(connection))) message[kKeepAlive] = false;
  if (message[kOldPeer]) message[kKeepAlive] = false;
  if (message[kKeepAlive] && connection === undefined) {
    headers.set("connection", ["Connection", "keep-alive"]);
    const timeout = message._keepAliveTimeout;
    if (timeout) headers.set("keep-alive", ["Keep-Alive", keepAliveText(timeout)]);
  } else if (!message[kKeepAlive] && connection === undefined) {
    headers.set("connection", ["Connection", "close"]);
  }
  const encoding = headers.get("transfer-encoding");
  if (!message[kNoBody] && !headers.has("content-length") && encoding === undefined) {
    if (bodyLength >= 0 && !message[kOldPeer]) headers.set("content-length", ["Content-Length", bodyLength]);
    else if (message.useChunkedEncodingByDefault) {
      headers.set("transfer-encoding", ["Transfer-Encoding", "chunked"]);
      message[kChunked] = true;
    } else {
      message[kKeepAlive] = false;
    }
  } else if (encoding !== undefined) {
    message[kChunked] = RegExpPrototypeTest(/chunked/i, String(encoding[1]));
  }
  message.chunkedEncoding = message[kChunked];
  message.headersSent = true;
  message._header = headText(message, firstLine);
  return message._header;
}

// The head as bytes: header values are latin1 text on the wire.
function sendHead(message) {
  send(message, Buffer.from(prepareHead(message, message[kBodyLength]), "latin1"));
}

// What a message writes in one tick (its head, body chunks and their framing) leaves the
// socket in one piece: the socket is corked until the tick's end. Bytes for a connection that
// no longer takes any (a client's bad request ended it) are dropped, as node does.
function send(message, data) {
  const socket = message[kSocket];
  if (socket === null) {
    ArrayPrototypePush(message._pending, data);
    return false;
  }
  if (!socket.writable) return true;
  if (socket.writableCorked === 0) {
    socket.cork();
    process.nextTick(uncork, socket);
  }
  return socket.write(data);
}

function uncork(socket) {
  socket.uncork();
}

// A chunked body ends with an empty chunk.
function sendLastChunk(message) {
  if (message[kChunked] && !message[kEndSent]) {
    message[kEndSent] = true;
    send(message, "0\r\n\r\n");
  }
}

// A chunk of the body, framed; the callback waits while the socket's buffer is full, so that
// the message's own write() reports backpressure as the kernel does.
OutgoingMessage.prototype._write = function (chunk, encoding, callback) {
  if (!this.headersSent) this._implicitHeader();
  let flowing = true;
  if (!this[kNoBody] && chunk.length > 0) {
    if (this[kChunked]) send(this, `${chunk.length.toString(16)}\r\n`);
    flowing = send(this, chunk);
    if (this[kChunked]) flowing = send(this, "\r\n");
  }
  const socket = this[kSocket];
  if (flowing || socket === null || socket.destroyed) callback();
  else socket.once("drain", () => callback());
};

OutgoingMessage.prototype.end = function (chunk, encoding, callback) {
  if (typeof chunk === "function") {
    callback = chunk;
    chunk = undefined;
  } else if (typeof encoding === "function") {
    callback = encoding;
    encoding = undefined;
  }
  if (!this.headersSent && !this.writableEnded) {
    const body = chunk === undefined || chunk === null ? Buffer.alloc(0) : typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    this[kBodyLength] = body.length; // the whole body is known: its length goes in the head
    this._implicitHeader();
    if (!this[kNoBody] && body.length > 0) send(this, body);
    chunk = undefined;
  }
  this.finished = true;
  FunctionPrototypeCall(Writable.prototype.end, this, chunk, encoding, callback);
  // When the body went out at once, its last chunk goes with it (in the same tick's write).
  if (this.writableLength === 0) sendLastChunk(this);
  return this;
};

OutgoingMessage.prototype._final = function (callback) {
  sendLastChunk(this);
  callback();
};

OutgoingMessage.prototype.flushHeaders = function () {
  if (!this.headersSent) this._implicitHeader();
};

// The head sent for a first write or end() when the program sent none. A response's goes
// through writeHead(), as node's does: packages (on-headers, under morgan) wrap writeHead to
// learn when the head leaves.
OutgoingMessage.prototype._implicitHeader = function () {
  sendHead(this);
};

// Hands the message its socket: what was written before goes out now.
function assignSocket(message, socket) {
  message[kSocket] = socket;
  message.socket = socket;
  message.connection = socket;
  const pending = message._pending;
  message._pending = [];
  for (let i = 0; i < pending.length; i++) send(message, pending[i]);
}

// --- ServerResponse

function ServerResponse(req) {
  FunctionPrototypeCall(OutgoingMessage, this);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this[kKeepAlive] = req.shouldKeepAlive;
  this[kNoBody] = req.method === "HEAD";
  this.useChunkedEncodingByDefault = req.httpVersionMajor === 1 && req.httpVersionMinor >= 1;
  this[kOldPeer] = !this.useChunkedEncodingByDefault;
}
ObjectSetPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
ObjectSetPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._firstLine = function () {
  const status = this.statusCode;
  if (this.statusMessage === undefined) this.statusMessage = STATUS_CODES[status] || "unknown";
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) this[kNoBody] = true;
  if (this.sendDate && !this[kOutHeaders].has("date")) this[kOutHeaders].set("date", ["Date", httpDate()]);
  return `HTTP/1.1 ${status} ${this.statusMessage}`;
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function (statusCode, reason, headers) {
  if (this.headersSent) throw headersSentError("write");
  if (typeof reason !== "string") {
    headers = reason;
    reason = undefined;
  }
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw codedError(RangeError, "ERR_HTTP_INVALID_STATUS_CODE", `Invalid status code: ${statusCode}`);
  }
  this.statusCode = statusCode;
  if (reason !== undefined) this.statusMessage = reason;
  if (ArrayIsArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    const names = ObjectKeys(headers);
    for (let i = 0; i < names.length; i++) this.setHeader(names[i], headers[names[i]]);
  }
  // The head is final now: a body is framed by chunks, unless end() gave the whole of it.
  sendHead(this);
  return this;
};

// An interim (1xx) response: a head of its own before the final one.
function sendInterim(response, text, callback) {
  const socket = response[kSocket];
  if (socket !== null) {
    if (socket.writable) socket.write(text, "latin1", callback);
  } else {
    ArrayPrototypePush(response._pending, Buffer.from(text, "latin1"));
    if (callback) process.nextTick(callback);
  }
}

ServerResponse.prototype.writeContinue = function (callback) {
  sendInterim(this, "HTTP/1.1 100 Continue\r\n\r\n", callback);
};

ServerResponse.prototype.writeProcessing = function (callback) {
  sendInterim(this, "HTTP/1.1 102 Processing\r\n\r\n", callback);
};

// 103 Early Hints: `hints.link` (a string or a list, joined) first, then the other hints.
ServerResponse.prototype.writeEarlyHints = function (hints, callback) {
  if (hints === null || typeof hints !== "object") throw invalidArgType("hints", "Object", hints);
  if (hints.link === undefined || hints.link === null) return;
  let text = `HTTP/1.1 103 Early Hints\r\nLink: ${ArrayIsArray(hints.link) ? hints.link.join(", ") : hints.link}\r\n`;
  const names = ObjectKeys(hints);
  for (let i = 0; i < names.length; i++) {
    if (StringPrototypeToLowerCase(names[i]) === "link") continue;
    validateHeaderName(names[i]);
    validateHeaderValue(names[i], hints[names[i]]);
    text += `${names[i]}: ${hints[names[i]]}\r\n`;
  }
  sendInterim(this, `${text}\r\n`, callback);
};

ServerResponse.prototype.setTimeout = function (ms, callback) {
  if (callback) this.on("timeout", callback);
  if (this.socket) this.socket.setTimeout(ms);
  else this.once("socket", (socket) => socket.setTimeout(ms));
  return this;
};

// The Date header's text, made once per second (responses within one share it).
let dateSecond = -1;
let dateText = "";
function httpDate() {
  const now = DateNow();
  const second = MathFloor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = DatePrototypeToUTCString(new Date(now));
  }
  return dateText;
}

// --- Server

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === "function") {
    requestListener = options;
    options = {};
  }
  options = options ?? {};
  FunctionPrototypeCall(net.Server, this, { allowHalfOpen: true, noDelay: options.noDelay ?? true });
  initServer(this, options, requestListener, "connection");
}
ObjectSetPrototypeOf(Server.prototype, net.Server.prototype);
ObjectSetPrototypeOf(Server, net.Server);

// What makes a server (an http one, or node:https's over TLS) answer HTTP: the requests of
// each connection its `connectionEvent` brings.
function initServer(server, options, requestListener, connectionEvent) {
  if (requestListener) server.on("request", requestListener);
  server.on(connectionEvent, serveConnection);
  const requestTimeout = options.requestTimeout ?? 300000;
  const headersTimeout = options.headersTimeout ?? 60000;
  if (requestTimeout > 0 && headersTimeout > requestTimeout) {
    throw outOfRange("headersTimeout", "<= requestTimeout", headersTimeout);
  }
  server.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = options.maxRequestsPerSocket ?? 0;
  server.timeout = 0;
  server[kMaxHeaderSize] = options.maxHeaderSize ?? MAX_HEADER_SIZE;
  server[kRequireHost] = options.requireHostHeader !== false;
  server[kAll] = new Set();
  server[kCheckingEvery] = options.connectionsCheckingInterval ?? 30000;
  server[kChecker] = null;
}

// As node, a server looks for requests past headersTimeout or requestTimeout every
// connectionsCheckingInterval (not with a timer per request): from its first connection
// until it closes.
function watchTimeouts(server) {
  if (server[kChecker] !== null || !(server.headersTimeout > 0 || server.requestTimeout > 0)) return;
  server[kChecker] = setInterval(() => {
    const now = core.loopTime();
    server[kAll].forEach((socket) => socket[kCheckTimeouts]?.(now));
  }, server[kCheckingEvery]);
  server[kChecker].unref();
}
Server[kInitServer] = initServer;
const kAll = Symbol("allConnections");
// Whether a connection has no request in progress (closeIdleConnections ends those). A flag on
// the socket, not a Set of idle ones: a Set of the server's age, added to and deleted from for
// every request, grew a new table every few dozen requests, and V8 makes an old table's
// successor in the old generation (~25 B a request there, a full collection every second).
const kIsIdle = Symbol("isIdle");
const kMaxHeaderSize = Symbol("maxHeaderSize");
const kRequireHost = Symbol("requireHostHeader");
const kCheckingEvery = Symbol("connectionsCheckingInterval");
const kChecker = Symbol("timeoutChecker"); // the interval that looks for requests too slow
const kCheckTimeouts = Symbol("checkTimeouts"); // a connection's: fails a request too slow
const MAX_HEADER_SIZE = 16384;

Server.prototype.setTimeout = function (ms, callback) {
  this.timeout = ms;
  if (callback) this.on("timeout", callback);
  return this;
};

Server.prototype.closeIdleConnections = function () {
  for (const socket of this[kAll]) if (socket[kIsIdle]) socket.destroy();
};

Server.prototype.closeAllConnections = function () {
  for (const socket of this[kAll]) socket.destroy();
};

Server.prototype.close = function (callback) {
  if (this[kChecker] !== null) {
    clearInterval(this[kChecker]);
    this[kChecker] = null;
  }
  FunctionPrototypeCall(net.Server.prototype.close, this, callback);
  this.closeIdleConnections();
  return this;
};

// What a server answers, with no 'clientError' listener, to a request it could not read,
// before it closes the connection.
function cannedReply(error) {
  if (error.code === "HPE_HEADER_OVERFLOW") return "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n";
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n";
  return "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n";
}

// The parser's complaint as node reports it: "Parse Error: <reason>", with the bytes it read.
function parseFailure(failure, bytes) {
  const error = new Error(`Parse Error: ${failure.reason}`);
  error.bytesParsed = failure.bytesParsed;
  error.code = failure.code;
  error.reason = failure.reason;
  error.rawPacket = bytes;
  return error;
}

function isParseFailure(error) {
  return typeof error?.code === "string" && StringPrototypeStartsWith(error.code, "HPE_") && typeof error.reason === "string";
}

// A request its client stopped sending: 'aborted', and an error only for who listens to one.
function abortRequest(request) {
  if (request.aborted) return;
  request.aborted = true;
  request.emit("aborted");
  request.destroy(request.listenerCount("error") > 0 ? codedError(Error, "ECONNRESET", "aborted") : undefined);
}

// One connection: its requests answered one after the other (a pipelined request waits for
// the response before it).
function serveConnection(socket) {
  const server = this;
  server[kAll].add(socket);
  socket[kIsIdle] = true;
  const responses = []; // answered in order: the first holds the socket
  let request = null;
  // The keep-alive timeout: one timer at a time, armed when the connection first goes idle and
  // checked when it fires (a connection busy since then re-arms it for its latest idle spell),
  // not a timer per request (each one's record outlived the request: old-space garbage).
  let keepAliveTimer = null;
  let idleSince = -1; // (loop time) when the connection last went idle; -1 while busy
  let inMessage = false; // between a request's first byte and its end
  let messageStart = 0; // (loop time) when the request in progress began
  let headPending = false; // its head is still coming
  let failed = false; // an unreadable request: nothing more is read
  const parser = new HTTPParser("request", {
    onHead(head) {
      socket[kIsIdle] = false;
      idleSince = -1;
      headPending = false;
      if (!inMessage) startMessage(false);
      request = new IncomingMessage(socket);
      fillHead(request, head);
      // A protocol change (or a tunnel) goes to 'upgrade' ('connect') listeners; without one
      // an upgrade is an ordinary request, and a tunnel is refused.
      const tunnel = head.method === "CONNECT";
      if (tunnel || (head.upgrade && server.listenerCount("upgrade") > 0)) {
        request.upgrade = true;
        head.upgrade = true;
        return true;
      }
      head.upgrade = false;
      request.shouldKeepAlive = head.shouldKeepAlive;
      const response = new ServerResponse(request);
      response._keepAliveTimeout = server.keepAliveTimeout;
      ArrayPrototypePush(responses, response);
      if (responses.length === 1) assignSocket(response, socket);
      response.on("finish", () => responseDone(response));
      dispatch(request, response);
      return false;
    },
    onBody(bytes) {
      pushBody(request, bytes);
    },
    onComplete() {
      endMessage();
      request.complete = true;
      request.push(null);
      // (nothing here needs a complete request again: holding it until the connection's next
      // one kept every idle connection's last exchange alive, copied by each scavenge)
      request = null;
    },
    // The socket is the 'upgrade' ('connect') listener's from now on: this connection lets it go.
    onUpgrade(rest) {
      endMessage();
      socket.removeListener("data", onData);
      socket.removeListener("end", onEnd);
      socket.removeListener("error", onError);
      socket.removeListener("close", onClose);
      socket.removeListener("timeout", onTimeout);
      server[kAll].delete(socket);
      request.complete = true;
      request.push(null);
      const event = request.method === "CONNECT" ? "connect" : "upgrade";
      if (server.listenerCount(event) > 0) server.emit(event, request, socket, rest);
      else socket.destroy();
    },
  }, server[kMaxHeaderSize]);

  // Which event a request goes to: HTTP/1.1 without Host, and expectations the server cannot
  // meet, are answered here; `Expect: 100-continue` asks whether to go on.
  function dispatch(req, res) {
    if (server[kRequireHost] && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && !hasRawHeader(req.rawHeaders, "host")) {
      req.resume();
      res.writeHead(400, { Connection: "close" });
      res.end();
      return;
    }
    const expect = hasRawHeader(req.rawHeaders, "expect") ? req.headers.expect : undefined;
    if (expect === undefined || req.httpVersionMajor !== 1 || req.httpVersionMinor !== 1) {
      server.emit("request", req, res);
    } else if (RegExpPrototypeTest(/^100-continue$/i, expect)) {
      if (server.listenerCount("checkContinue") > 0) server.emit("checkContinue", req, res);
      else {
        res.writeContinue();
        server.emit("request", req, res);
      }
    } else if (server.listenerCount("checkExpectation") > 0) {
      server.emit("checkExpectation", req, res);
    } else {
      req.resume();
      res.writeHead(417, { Connection: "close" });
      res.end();
    }
  }
  // A request began: it has headersTimeout to send its head, requestTimeout for the whole.
  function startMessage(withHead) {
    inMessage = true;
    messageStart = core.loopTime();
    headPending = withHead;
  }
  function endMessage() {
    inMessage = false;
  }
  socket[kCheckTimeouts] = (now) => {
    if (!inMessage) return;
    const elapsed = now - messageStart;
    const { headersTimeout, requestTimeout } = server;
    if ((headPending && headersTimeout > 0 && elapsed >= headersTimeout) || (requestTimeout > 0 && elapsed >= requestTimeout)) {
      fail(codedError(Error, "ERR_HTTP_REQUEST_TIMEOUT", "Request timeout"));
    }
  };
  watchTimeouts(server);
  // A request that cannot be read (or came too slowly): 'clientError' decides, else a canned
  // reply (when no response has begun on the socket) and the connection closes.
  function fail(error) {
    failed = true;
    endMessage();
    if (server.listenerCount("clientError") > 0) {
      server.emit("clientError", error, socket);
    } else if (socket.writable && !(responses.length > 0 && responses[0].headersSent)) {
      socket.end(cannedReply(error), () => socket.destroy());
    } else {
      socket.destroy();
    }
  }
  function responseDone(response) {
    ArrayPrototypeShift(responses);
    // The exchange is over: the response closes, and a request body nobody read is let go.
    process.nextTick(() => {
      response.emit("close");
      if (!response.req.readableEnded) response.req.resume();
    });
    if (!response[kKeepAlive]) {
      socket.end();
      return;
    }
    if (responses.length > 0) {
      assignSocket(responses[0], socket);
      return;
    }
    socket[kIsIdle] = true;
    idleSince = core.loopTime();
    if (server.keepAliveTimeout > 0 && keepAliveTimer === null) armKeepAlive(server.keepAliveTimeout);
  }
  function armKeepAlive(delay) {
    keepAliveTimer = setTimeout(() => {
      keepAliveTimer = null;
      if (idleSince < 0) return; // busy: its next idle spell arms the timer again
      const left = server.keepAliveTimeout - (core.loopTime() - idleSince);
      if (left <= 0) socket.destroy();
      else armKeepAlive(MathCeil(left)); // (whole: timer records keep one shape in V8)
    }, delay);
    keepAliveTimer.unref();
  }
  function onData(bytes) {
    if (failed) return;
    if (!inMessage) startMessage(true);
    try {
      parser.execute(bytes);
    } catch (error) {
      if (!isParseFailure(error)) throw error;
      fail(parseFailure(error, bytes));
    }
  }
  // The client stopped sending: a request cut short is aborted and the connection closed (its
  // response could not be framed for it); otherwise what is owed is sent, then the end.
  function onEnd() {
    if (request !== null && !request.complete) {
      abortRequest(request);
      socket.destroy();
    } else if (responses.length === 0) {
      socket.end();
    }
  }
  function onError(error) {
    server.emit("clientError", error, socket);
  }
  // The socket idled past server.timeout (or a request's or response's setTimeout): the
  // listeners of 'timeout' decide; with none, the connection closes.
  function onTimeout() {
    let heard = false;
    if (request !== null && !request.complete) heard = request.emit("timeout", socket);
    if (responses.length > 0) heard = responses[0].emit("timeout", socket) || heard;
    heard = server.emit("timeout", socket) || heard;
    if (!heard) socket.destroy();
  }
  function onClose() {
    endMessage();
    server[kAll].delete(socket);
    if (keepAliveTimer !== null) clearTimeout(keepAliveTimer);
    for (let i = 0; i < responses.length; i++) {
      if (!responses[i].writableFinished) responses[i].destroy();
      responses[i].emit("close");
    }
    if (request !== null && !request.complete) abortRequest(request);
  }
  if (server.timeout > 0) socket.setTimeout(server.timeout);
  socket.on("data", onData);
  socket.on("end", onEnd);
  socket.on("error", onError);
  socket.on("close", onClose);
  socket.on("timeout", onTimeout);
}

// --- Agent

function Agent(options = {}) {
  if (!(this instanceof Agent)) return new Agent(options);
  FunctionPrototypeCall(require("events"), this);
  this.options = { __proto__: null, ...options, path: null };
  this.keepAlive = options.keepAlive === true;
  this.keepAliveMsecs = options.keepAliveMsecs ?? 1000;
  this.maxSockets = options.maxSockets ?? Infinity;
  this.maxFreeSockets = options.maxFreeSockets ?? 256;
  this.defaultPort = 80;
  this.protocol = "http:";
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.requests = { __proto__: null };
}
ObjectSetPrototypeOf(Agent.prototype, require("events").prototype);

Agent.prototype.getName = function (options = {}) {
  return `${options.host || "localhost"}:${options.port ?? ""}:${options.localAddress ?? ""}`;
};

Agent.prototype.createConnection = function (options, callback) {
  const socket = net.createConnection(options);
  if (callback) socket.once("connect", () => callback(null, socket));
  return socket;
};

// A socket for a request: a free one kept alive, or a new connection.
Agent.prototype.take = function (options) {
  const name = this.getName(options);
  const free = this.freeSockets[name];
  if (free !== undefined && free.length > 0) {
    const socket = free.pop();
    if (free.length === 0) delete this.freeSockets[name];
    socket.ref();
    socket.removeListener("close", socket[kFreeClose]);
    return [socket, true];
  }
  const socket = this.createConnection(options);
  (this.sockets[name] ??= []).push(socket);
  socket.once("close", () => {
    const list = this.sockets[name];
    if (list !== undefined) {
      const at = list.indexOf(socket);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) delete this.sockets[name];
    }
  });
  return [socket, false];
};

// A request is over with its socket still good: keep it for the next, or end it.
Agent.prototype.release = function (options, socket) {
  const name = this.getName(options);
  const free = this.freeSockets[name];
  if (!this.keepAlive || (free !== undefined && free.length >= this.maxFreeSockets)) {
    socket.destroy();
    return;
  }
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  socket[kFreeClose] = () => {
    const list = this.freeSockets[name];
    if (list === undefined) return;
    const at = list.indexOf(socket);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) delete this.freeSockets[name];
  };
  socket.once("close", socket[kFreeClose]);
  (this.freeSockets[name] ??= []).push(socket);
  this.emit("free", socket, options);
};
const kFreeClose = Symbol("freeClose");

Agent.prototype.destroy = function () {
  for (const sets of [this.freeSockets, this.sockets]) {
    for (const name of ObjectKeys(sets)) for (const socket of [...sets[name]]) socket.destroy();
  }
};

const globalAgent = new Agent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });

// --- ClientRequest

function ClientRequest(input, options, callback) {
  FunctionPrototypeCall(OutgoingMessage, this);
  if (typeof input === "string" || input instanceof URL) {
    const url = typeof input === "string" ? new URL(input) : input;
    const fromUrl = {
      protocol: url.protocol,
      hostname: url.hostname[0] === "[" ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port ? +url.port : undefined,
      path: `${url.pathname}${url.search}`,
    };
    if (typeof options === "function") {
      callback = options;
      options = fromUrl;
    } else {
      options = { ...fromUrl, ...options };
    }
  } else {
    callback = options;
    options = { ...input };
  }
  // node:https asks with its own global agent as the default (`_defaultAgent`, as Node's).
  const defaultAgent = options._defaultAgent ?? globalAgent;
  const agent = options.agent === undefined ? defaultAgent : options.agent === false ? new defaultAgent.constructor() : options.agent;
  const expectedProtocol = agent?.protocol ?? defaultAgent.protocol;
  if (options.protocol !== undefined && options.protocol !== expectedProtocol) {
    throw codedError(TypeError, "ERR_INVALID_PROTOCOL", `Protocol "${options.protocol}" not supported. Expected "${expectedProtocol}"`);
  }
  const method = StringPrototypeToUpperCase(options.method ?? "GET");
  if (!RegExpPrototypeTest(TOKEN, method)) {
    throw codedError(TypeError, "ERR_INVALID_HTTP_TOKEN", `Method must be a valid HTTP token ["${options.method}"]`);
  }
  const host = options.hostname ?? options.host ?? "localhost";
  const defaultPort = agent?.defaultPort ?? defaultAgent.defaultPort;
  const port = options.port ?? defaultPort;
  this.method = method;
  this.path = options.path ?? "/";
  this.host = host;
  this.protocol = expectedProtocol;
  this.agent = agent;
  this.reusedSocket = false;
  this.res = null;
  this.aborted = false;
  this[kNoBody] = false;
  this.useChunkedEncodingByDefault = !(method === "GET" || method === "HEAD" || method === "DELETE" || method === "OPTIONS" || method === "TRACE" || method === "CONNECT");
  this[kKeepAlive] = agent.keepAlive;
  if (callback) this.once("response", callback);
  const headers = options.headers;
  if (ArrayIsArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    const names = ObjectKeys(headers);
    for (let i = 0; i < names.length; i++) this.setHeader(names[i], headers[names[i]]);
  }
  if (!this.hasHeader("host")) this.setHeader("Host", port === defaultPort ? host : `${host}:${port}`);
  if (options.timeout !== undefined) this.timeout = options.timeout;
  if (options.signal !== undefined) abortWith(this, options.signal);
  const connectOptions = { ...agent.options, host, port, localAddress: options.localAddress, family: options.family };
  for (let i = 0; i < TLS_OPTIONS.length; i++) {
    if (options[TLS_OPTIONS[i]] !== undefined) connectOptions[TLS_OPTIONS[i]] = options[TLS_OPTIONS[i]];
  }
  const [socket, reused] = agent.take(connectOptions);
  this.reusedSocket = reused;
  process.nextTick(() => startExchange(this, socket, connectOptions));
}
ObjectSetPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
ObjectSetPrototypeOf(ClientRequest, OutgoingMessage);

// `signal` aborting destroys the request with node's AbortError (the signal's reason as cause).
function abortWith(request, signal) {
  validateAbortSignal(signal, "signal");
  const abort = () => request.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(abort);
    return;
  }
  signal.addEventListener("abort", abort, { once: true });
  request.once("close", () => signal.removeEventListener("abort", abort));
}

ClientRequest.prototype._firstLine = function () {
  return `${this.method} ${this.path} HTTP/1.1`;
};

ClientRequest.prototype.abort = function () {
  this.aborted = true;
  this.destroy();
};

// Destroyed before its response came, a request fails with node's "socket hang up".
ClientRequest.prototype._destroy = function (error, callback) {
  if (this[kSocket] !== null && this.res === null) this[kSocket].destroy();
  else if (this[kSocket] === null) this[kPendingDestroy] = true;
  callback(error ?? (this.res === null ? hangUp() : null));
};
const kPendingDestroy = Symbol("pendingDestroy");

ClientRequest.prototype.setTimeout = function (ms, callback) {
  if (callback) this.once("timeout", callback);
  this.timeout = ms;
  if (this[kSocket] !== null) this[kSocket].setTimeout(ms, () => this.emit("timeout"));
  return this;
};

// A request's options that go to its (TLS) connection.
const TLS_OPTIONS = ["ca", "cert", "key", "servername", "rejectUnauthorized", "ALPNProtocols"];

function startExchange(request, socket, connectOptions) {
  if (request[kPendingDestroy]) {
    socket.destroy();
    request.emit("close");
    return;
  }
  assignSocket(request, socket);
  request.emit("socket", socket);
  if (request.timeout !== undefined) socket.setTimeout(request.timeout, () => request.emit("timeout"));
  let response = null;
  let done = false;
  let interim = false; // the message read is a 1xx before the response
  // A request that expects 100 Continue sends its head now, and its body once told to.
  if (request.hasHeader("expect") && !request.headersSent) request.flushHeaders();
  const parser = new HTTPParser("response", {
    onHead(head) {
      // An interim response (1xx but 101) is news about the request; the final one follows.
      if (head.statusCode >= 100 && head.statusCode < 200 && head.statusCode !== 101) {
        interim = true;
        const info = new IncomingMessage(socket);
        fillHead(info, head);
        if (head.statusCode === 100) request.emit("continue");
        request.emit("information", {
          statusCode: info.statusCode, statusMessage: info.statusMessage, httpVersion: info.httpVersion,
          httpVersionMajor: info.httpVersionMajor, httpVersionMinor: info.httpVersionMinor,
          headers: info.headers, rawHeaders: info.rawHeaders,
        });
        return true;
      }
      response = new IncomingMessage(socket);
      fillHead(response, head);
      response.req = request;
      request.res = response;
      request[kKeepAlive] = request[kKeepAlive] && head.shouldKeepAlive;
      // A tunnel opened (a 2xx to CONNECT) is the 'connect' listener's, as an upgrade is.
      if (request.method === "CONNECT" && head.statusCode >= 200 && head.statusCode < 300) head.upgrade = true;
      if (head.upgrade) {
        response.upgrade = true;
        return true;
      }
      if (!request.emit("response", response)) response.resume();
      return request.method === "HEAD";
    },
    // A 101 (or a tunnel): the socket is the 'upgrade' ('connect') listener's (none: it is closed).
    onUpgrade(rest) {
      done = true;
      response.complete = true;
      response.push(null);
      cleanUp();
      const event = request.method === "CONNECT" ? "connect" : "upgrade";
      if (request.listenerCount(event) > 0) request.emit(event, response, socket, rest);
      else socket.destroy();
    },
    onBody(bytes) {
      pushBody(response, bytes);
    },
    onComplete() {
      if (interim) {
        interim = false;
        return;
      }
      done = true;
      response.complete = true;
      response.push(null);
      cleanUp();
      if (request[kKeepAlive] && request.writableFinished) request.agent.release(connectOptions, socket);
      else socket.destroy();
    },
  });
  const onData = (bytes) => {
    try {
      parser.execute(bytes);
    } catch (error) {
      cleanUp();
      socket.destroy();
      request.destroy(error);
    }
  };
  const onEnd = () => {
    if (response !== null && !done) parser.finish(); // a body read until the end is complete
    if (!done) {
      cleanUp();
      if (response === null) request.destroy(hangUp());
      else {
        response.aborted = true;
        response.destroy(codedError(Error, "ECONNRESET", "aborted"));
      }
    }
  };
  const onError = (error) => {
    cleanUp();
    if (response === null) request.destroy(error);
    else response.destroy(error);
  };
  const onClose = () => {
    if (!done) onEnd();
    request.emit("close");
  };
  function cleanUp() {
    socket.removeListener("data", onData);
    socket.removeListener("end", onEnd);
    socket.removeListener("error", onError);
    socket.removeListener("close", onClose);
    socket.setTimeout(0);
    if (done) process.nextTick(() => request.emit("close"));
  }
  socket.on("data", onData);
  socket.on("end", onEnd);
  socket.on("error", onError);
  socket.on("close", onClose);
}

// --- the module

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(input, options, callback) {
  return new ClientRequest(input, options, callback);
}

function get(input, options, callback) {
  const req = request(input, options, callback);
  req.end();
  return req;
}

module.exports = {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  request,
  get,
  globalAgent,
  maxHeaderSize: 16384,
  validateHeaderName,
  validateHeaderValue,
  setMaxIdleHTTPParsers: unimplemented("http.setMaxIdleHTTPParsers"),
};
