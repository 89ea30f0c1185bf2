// node:tls: TLS clients and servers. A TLSSocket is a net.Socket whose connection net's host
// side made secure (the TLS options go with connect/listen, see internal/net/secure.js); it
// shows the handshake's facts (authorized, alpnProtocol, the peer's certificate).
"use strict";
const { FunctionPrototypeCall, ObjectDefineProperties, ObjectSetPrototypeOf } = core.primordials;
const net = require("net");
const { Buffer } = require("buffer");
const { kSecure, kSecureFacts, kMakeSocket } = require("internal/net/secure");
const { invalidArgType, unimplemented } = require("internal/errors");

const DEFAULT_CIPHERS = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

// The options the host side reads (key, cert and ca as PEM text, or arrays of it).
function secureOptions(options) {
  return {
    ca: options.ca,
    cert: options.cert,
    key: options.key,
    servername: options.servername,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    requestCert: options.requestCert === true,
    ALPNProtocols: options.ALPNProtocols,
  };
}

// --- TLSSocket

function TLSSocket(socket, options = {}) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  if (socket !== undefined && socket !== null) throw unimplemented("tls.TLSSocket(socket)")();
  FunctionPrototypeCall(net.Socket, this, options);
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = options.servername ?? null;
  this[kSecure] = secureOptions(options);
  this.on("connect", takeHandshake);
}
ObjectSetPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(TLSSocket, net.Socket);

// The connection is up and its handshake done: its facts become the socket's.
function adoptHandshake(socket) {
  const facts = socket[kSecureFacts];
  if (facts === undefined) return false;
  socket.authorized = facts.authorized;
  socket.authorizationError = facts.authorizationError;
  socket.alpnProtocol = facts.alpnProtocol;
  return true;
}

function takeHandshake() {
  if (adoptHandshake(this)) this.emit("secureConnect");
}

TLSSocket.prototype.getPeerCertificate = function () {
  const certificate = this[kSecureFacts]?.peerCertificate;
  if (certificate === undefined) return null;
  const copy = { ...certificate };
  if (copy.raw !== undefined) copy.raw = Buffer.from(copy.raw);
  return copy;
};

TLSSocket.prototype.getProtocol = function () {
  return this[kSecureFacts]?.protocol ?? null;
};

TLSSocket.prototype.isSessionReused = function () {
  return false;
};

ObjectDefineProperties(TLSSocket.prototype, {
  _secureEstablished: {
    get() { return this[kSecureFacts] !== undefined; },
    configurable: true,
  },
});

// --- Server

function Server(options, secureConnectionListener) {
  if (!(this instanceof Server)) return new Server(options, secureConnectionListener);
  if (typeof options === "function") {
    secureConnectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== "object") {
    throw invalidArgType("options", "object", options);
  }
  FunctionPrototypeCall(net.Server, this, options);
  this[kSecure] = secureOptions({ ...options, rejectUnauthorized: options.rejectUnauthorized ?? true });
  if (secureConnectionListener !== undefined) this.on("secureConnection", secureConnectionListener);
  // A connection comes once its handshake is done: it is secure at once.
  this.on("connection", (socket) => {
    adoptHandshake(socket);
    this.emit("secureConnection", socket);
  });
}
ObjectSetPrototypeOf(Server.prototype, net.Server.prototype);
ObjectSetPrototypeOf(Server, net.Server);

Server.prototype[kMakeSocket] = function (options) {
  return new TLSSocket(undefined, { ...options, ...this[kSecure] });
};

// --- the module

function createServer(options, secureConnectionListener) {
  return new Server(options, secureConnectionListener);
}

// connect(options[, callback]), connect(port[, host][, options][, callback]).
function connect(...args) {
  const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
  let options;
  if (args[0] !== null && typeof args[0] === "object") options = { ...args[0] };
  else {
    options = { port: args[0] };
    if (typeof args[1] === "string") options.host = args[1];
    const last = args[args.length - 1];
    if (last !== null && typeof last === "object") options = { ...last, ...options };
  }
  const host = options.host ?? "localhost";
  const servername = options.servername ?? (net.isIP(host) === 0 ? host : undefined);
  const socket = new TLSSocket(undefined, { ...options, servername });
  if (callback !== undefined) socket.once("secureConnect", callback);
  return socket.connect(options);
}

function createSecureContext(options = {}) {
  return { context: secureOptions(options) };
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: "auto",
  DEFAULT_MIN_VERSION: "TLSv1.2",
  DEFAULT_MAX_VERSION: "TLSv1.3",
  Server,
  TLSSocket,
  connect,
  createServer,
  createSecureContext,
  checkServerIdentity: unimplemented("tls.checkServerIdentity"),
  createSecurePair: unimplemented("tls.createSecurePair"),
};
