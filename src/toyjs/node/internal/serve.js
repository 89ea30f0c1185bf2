// `toyjs serve FILE`, as `deno serve` has it: the main module's default export
// `{ fetch(request), onListen?(address) }` answers HTTP requests. The server underneath is
// node:http's; this file only bridges its messages and the WHATWG Request and Response.
"use strict";
const { ArrayPrototypePush, Promise, PromisePrototypeThen, PromiseResolve, StringPrototypeToLowerCase, TypeError } =
  core.primordials;
const http = require("http");
const { readableToWeb } = require("internal/streams/web_adapters");
const { setImmediate } = require("timers");

// Read from the globals when the module loads, before a program could replace them.
const { Response, console } = globalThis;

const BODILESS_METHODS = new Set(["GET", "HEAD"]);

// The default export of `file`'s module, checked to have a fetch method.
function handlerOf(namespace, file) {
  const handler = namespace.default;
  if (handler === null || (typeof handler !== "object" && typeof handler !== "function") || typeof handler.fetch !== "function") {
    throw new TypeError(
      `toyjs serve requires export default { fetch } in the main module (${file}), did you mean to run "toyjs run"?`,
    );
  }
  return handler;
}

// An incoming message as a Request: its URL carries the Host it was sent to (the first Host
// header, as node:http keeps it); its body (for methods that have one) streams from the socket
// as the fetch handler reads it. What node:http's parser checked (the method, the headers'
// names and values) is not checked again.
function toRequest(message, fallbackHost) {
  const raw = message.rawHeaders;
  let host = fallbackHost;
  for (let index = 0; index < raw.length; index += 2) {
    if (raw[index].length === 4 && StringPrototypeToLowerCase(raw[index]) === "host") {
      host = raw[index + 1];
      break;
    }
  }
  const text = `http://${host}${message.url}`;
  const url = core.absoluteHref(text);
  if (url === null) throw new TypeError(`Failed to parse URL from ${text}`);
  const body = BODILESS_METHODS.has(message.method) ? null : readableToWeb(message);
  return core.requestFromServer(url, message.method, core.headersFromParsed(raw), body);
}

// (read by index: destructuring would run the array iterator, which programs may replace)
function writeHead(response, target) {
  const head = core.responseHead(response);
  const pairs = head[2];
  target.statusCode = head[0];
  if (head[1]) target.statusMessage = head[1];
  const cookies = [];
  for (let index = 0; index < pairs.length; index++) {
    if (pairs[index][0] === "set-cookie") ArrayPrototypePush(cookies, pairs[index][1]);
  }
  if (cookies.length > 0) target.setHeader("set-cookie", cookies);
  for (let index = 0; index < pairs.length; index++) {
    if (pairs[index][0] !== "set-cookie") target.setHeader(pairs[index][0], pairs[index][1]);
  }
}

// A body's chunks go out one after the other as its stream gives them; after this many in a
// row the event loop gets a turn. A body whose stream always has a chunk ready would otherwise
// go on in microtasks (a message emits 'drain' in a tick once its socket took the bytes, and a
// socket whose peer reset it takes writes until its close is delivered), and the loop could
// neither serve other connections nor tell us that the client left. A short body (most) goes
// out with its head in the same task: one write.
const CHUNKS_PER_TURN = 16;

// Settles once the message took the chunk: at once, or once it drained or closed.
function written(target, chunk) {
  if (target.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      target.off("drain", done);
      target.off("close", done);
      resolve();
    };
    target.on("drain", done);
    target.on("close", done);
  });
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// Copy a Response to the ServerResponse: its head, then its body. A body known whole goes
// out at once (undefined is returned); a stream's chunks go out as it gives them, waiting for
// the socket to drain, and a client that leaves cancels it (the promise of that is returned).
function send(response, target) {
  writeHead(response, target);
  const known = core.takeKnownBody(response);
  if (known !== undefined || response.body === null) {
    target.end(known);
    return undefined;
  }
  return sendStream(response.body.getReader(), target);
}

async function sendStream(reader, target) {
  let gone = false;
  target.on("close", () => {
    if (!target.writableFinished) {
      gone = true;
      PromisePrototypeThen(reader.cancel(), undefined, () => {});
    }
  });
  let inRow = 0;
  while (!gone) {
    const { done, value } = await reader.read();
    if (done) break;
    await written(target, value);
    if (++inRow === CHUNKS_PER_TURN) {
      inRow = 0;
      await nextTurn();
    }
  }
  if (!gone) target.end();
}

function internalError(target, error) {
  console.error(error);
  if (target.headersSent) {
    target.destroy();
    return;
  }
  target.statusCode = 500;
  target.end("Internal Server Error");
}

// Call the handler and send what it gives. A Response returned as it is (not a promise) is
// sent in the same task: an `await` there would cost a turn of the microtask queue per
// request for nothing.
function answer(handler, message, target, fallbackHost) {
  let result;
  let thenable;
  try {
    result = handler.fetch(toRequest(message, fallbackHost));
    // (as `await` takes it; a `then` getter that throws is the handler's error too)
    thenable = result !== null && (typeof result === "object" || typeof result === "function") && typeof result.then === "function";
  } catch (error) {
    internalError(target, error);
    return;
  }
  if (thenable) {
    PromisePrototypeThen(PromiseResolve(result), (response) => respond(response, target), (error) => internalError(target, error));
  } else {
    respond(result, target);
  }
}

function respond(response, target) {
  try {
    if (!(response instanceof Response)) {
      throw new TypeError(`the fetch handler must return a Response, not ${response === null ? "null" : typeof response}`);
    }
    const streaming = send(response, target);
    if (streaming !== undefined) PromisePrototypeThen(streaming, undefined, (error) => internalError(target, error));
  } catch (error) {
    internalError(target, error);
  }
}

function announce(handler, address) {
  const facts = { transport: "tcp", hostname: address.address, port: address.port };
  if (typeof handler.onListen === "function") {
    handler.onListen(facts);
    return;
  }
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  console.error(`toyjs serve: Listening on http://${shown}:${address.port}/`);
}

// The function the runtime calls with the main module's namespace once it evaluated:
// it starts the server on `options.host`:`options.port` ({file, host, port}).
function serveMain(options) {
  return function serveNamespace(namespace) {
    const handler = handlerOf(namespace, options.file);
    const server = http.createServer();
    const fallbackHost = `${options.host}:${options.port}`;
    server.on("request", (message, target) => {
      answer(handler, message, target, fallbackHost);
    });
    server.on("listening", () => announce(handler, server.address()));
    server.listen(options.port, options.host);
  };
}

module.exports = { serveMain };
