// What the constructor, send and close throw (names and messages as Node 24's).
const base = process.argv[2];
function attempt(what, action) {
  try {
    const result = action();
    console.log(what, "->", result instanceof WebSocket ? `WebSocket ${result.url}` : result);
    if (result instanceof WebSocket) result.onerror = () => {};
  } catch (error) {
    console.log(what, "throws", error.constructor.name, error.name, error.code, JSON.stringify(error.message));
  }
}
for (const url of ["foo", "/relative", "ftp://example.com/", "ws://example.com/#fragment", "ws://example.com/#",
  "http://127.0.0.1:1/a?b", "https://127.0.0.1:1/", "ws://127.0.0.1:1/with space", "WSS://127.0.0.1:1"]) {
  attempt(`new WebSocket(${JSON.stringify(url)})`, () => new WebSocket(url));
}
for (const protocols of [["a", "a"], ["a", "A"], ["a b"], ["ä"], [""], "", ["x,y"], [], "chat", ["chat", "superchat"], [1]]) {
  attempt(`protocols ${JSON.stringify(protocols)}`, () => new WebSocket("ws://127.0.0.1:1/", protocols));
}
attempt("no argument", () => new WebSocket());
attempt("without new", () => WebSocket("ws://127.0.0.1:1/"));
attempt("CloseEvent without type", () => new CloseEvent());
const socket = new WebSocket(`${base}/echo`);
attempt("send while connecting", () => socket.send("x"));
attempt("send without argument", () => socket.send());
for (const code of [999, 1001, 2999, 5000, "abc", NaN, -1, 65536 + 1000]) {
  attempt(`close(${JSON.stringify(code)})`, () => socket.close(code));
}
attempt("close(1000, 124 bytes)", () => socket.close(1000, "é".repeat(62)));
attempt("close(undefined, 124 bytes)", () => socket.close(undefined, "x".repeat(124)));
attempt("close(999, 124 bytes)", () => socket.close(999, "x".repeat(124)));
attempt("send on another object", () => WebSocket.prototype.send.call({}, "x"));
attempt("readyState of the prototype", () => WebSocket.prototype.readyState);
socket.binaryType = "nodebuffer";
console.log("binaryType", socket.binaryType);
socket.binaryType = "arraybuffer";
console.log("binaryType", socket.binaryType);
console.log(WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, socket.CLOSED, WebSocket.length);
console.log(Object.prototype.toString.call(socket), Object.getPrototypeOf(WebSocket) === EventTarget);
const event = new CloseEvent("close", { code: 1000, reason: "r", wasClean: true });
console.log(event.code, event.reason, event.wasClean, new CloseEvent("x").code, JSON.stringify(new CloseEvent("x").reason));
socket.onclose = (event) => console.log("close", event.code, event.wasClean);
socket.onerror = () => console.log("error");
socket.close(1000.5, "clamped");
