// node:https: node:http's servers and clients over node:tls. The server is a tls.Server that
// answers HTTP on each secure connection; the Agent connects with tls.connect.
"use strict";
const { FunctionPrototypeCall, ObjectGetOwnPropertyNames, ObjectSetPrototypeOf } = core.primordials;
const http = require("http");
const tls = require("tls");
const { kInitServer } = require("internal/http/common");
const { URL } = require("url");

// --- Server

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === "function") {
    requestListener = options;
    options = {};
  }
  options = { ...options };
  FunctionPrototypeCall(tls.Server, this, { ...options, allowHalfOpen: true, noDelay: options.noDelay ?? true });
  http.Server[kInitServer](this, options, requestListener, "secureConnection");
}
ObjectSetPrototypeOf(Server.prototype, tls.Server.prototype);
ObjectSetPrototypeOf(Server, tls.Server);
// An https server does what an http one does (setTimeout, close and its connections).
const serverMethods = ObjectGetOwnPropertyNames(http.Server.prototype);
for (let i = 0; i < serverMethods.length; i++) {
  if (serverMethods[i] !== "constructor") Server.prototype[serverMethods[i]] = http.Server.prototype[serverMethods[i]];
}

// --- Agent

function Agent(options = {}) {
  if (!(this instanceof Agent)) return new Agent(options);
  FunctionPrototypeCall(http.Agent, this, options);
  this.defaultPort = 443;
  this.protocol = "https:";
}
ObjectSetPrototypeOf(Agent.prototype, http.Agent.prototype);
ObjectSetPrototypeOf(Agent, http.Agent);

// Connections to one place with other TLS options are not the same connection.
Agent.prototype.getName = function (options = {}) {
  let name = FunctionPrototypeCall(http.Agent.prototype.getName, this, options);
  name += `:${options.ca ?? ""}:${options.cert ?? ""}:${options.key ?? ""}:${options.servername ?? ""}`;
  return `${name}:${options.rejectUnauthorized === false ? "0" : ""}`;
};

Agent.prototype.createConnection = function (options, callback) {
  const socket = tls.connect(options);
  if (callback) socket.once("secureConnect", () => callback(null, socket));
  return socket;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });

// --- the module

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// request(url[, options][, callback]) or request(options[, callback]), with this module's agent.
function request(input, options, callback) {
  if (typeof input === "string" || input instanceof URL) {
    if (typeof options === "function") return new http.ClientRequest(input, { _defaultAgent: globalAgent }, options);
    return new http.ClientRequest(input, { ...options, _defaultAgent: globalAgent }, callback);
  }
  return new http.ClientRequest({ ...input, _defaultAgent: globalAgent }, options);
}

function get(input, options, callback) {
  const req = request(input, options, callback);
  req.end();
  return req;
}

module.exports = { Agent, Server, createServer, get, globalAgent, request };
