// The Web IDL shape of the web classes node 20 lacks, as Node 24 has them (its output is
// webidl_node24.txt; Node 24 needs --experimental-eventsource for EventSource): enumerable
// members, accessor names, lengths, `this` checks and required arguments.

const classes = { WebSocket, CloseEvent, EventSource, URLPattern, Navigator };

// Every member, sorted: its kind, the length or the accessors' names, and its attributes.
function members(object) {
  return Object.getOwnPropertyNames(object)
    .filter((key) => !["constructor", "arguments", "caller", "locks"].includes(key)) // (Node's URLPattern is a function; toyjs has no locks)
    .sort()
    .map((key) => {
      const { value, get, set, enumerable, configurable, writable } = Object.getOwnPropertyDescriptor(object, key);
      const kind = typeof value === "function" ? `method(${value.length})` : get ? `accessor(${set ? "get, set" : "get"})` : `value ${value}`;
      return `${key} ${kind} ${enumerable ? "e" : "-"}${configurable ? "c" : "-"}${writable ? "w" : "-"}`;
    });
}
for (const [name, cls] of Object.entries(classes)) {
  console.log(name, cls.length, members(cls.prototype), members(cls).filter((line) => !line.startsWith("prototype ")));
}

// Accessor names ("get x" / "set x") where Node follows Web IDL (its URLPattern's are "").
const accessor = (cls, name) => Object.getOwnPropertyDescriptor(cls.prototype, name);
for (const [cls, name] of [[WebSocket, "binaryType"], [WebSocket, "onopen"], [CloseEvent, "code"], [EventSource, "onmessage"], [Navigator, "userAgent"]]) {
  const { get, set } = accessor(cls, name);
  console.log(cls.name, name, get.name, set?.name);
}

// @@toStringTag, where Node 24 has one (URLPattern's and Navigator's prototypes have none).
console.log(Object.prototype.toString.call(WebSocket.prototype), Object.prototype.toString.call(new CloseEvent("x")));
console.log(Object.prototype.toString.call(URLPattern.prototype), Object.prototype.toString.call(Navigator.prototype));

// A member used on anything but an instance (where Node brand-checks: its EventSource
// getters and Navigator's read a private field unchecked; see test_webidl.py).
const attempts = {
  "WebSocket url": () => accessor(WebSocket, "url").get.call({}),
  "WebSocket binaryType setter": () => accessor(WebSocket, "binaryType").set.call({}, "blob"),
  "WebSocket onopen": () => accessor(WebSocket, "onopen").get.call(new EventTarget()),
  "WebSocket onclose setter": () => accessor(WebSocket, "onclose").set.call({}, null),
  "WebSocket send": () => WebSocket.prototype.send.call({}, "x"),
  "WebSocket send, no argument": () => WebSocket.prototype.send.call({}),
  "WebSocket close": () => WebSocket.prototype.close.call(undefined),
  "WebSocket close on a CloseEvent": () => WebSocket.prototype.close.call(new CloseEvent("x")),
  "CloseEvent code": () => accessor(CloseEvent, "code").get.call({}),
  "CloseEvent reason on an Event": () => accessor(CloseEvent, "reason").get.call(new Event("x")),
  "CloseEvent wasClean of the prototype": () => CloseEvent.prototype.wasClean,
  "EventSource close": () => EventSource.prototype.close.call({}),
  "Event type of a CloseEvent": () => accessor(Event, "type").get.call(new CloseEvent("x")),
};
for (const [what, attempt] of Object.entries(attempts)) {
  try {
    console.log(what, "->", attempt());
  } catch (error) {
    console.log(what, "throws", error.constructor.name, error.code, error.message);
  }
}
// (URLPattern's throws come without a code in Node: compared without it)
for (const [what, attempt] of Object.entries({
  "URLPattern protocol": () => accessor(URLPattern, "protocol").get.call({}),
  "URLPattern test": () => URLPattern.prototype.test.call({}, "https://a.example/"),
  "URLPattern exec": () => URLPattern.prototype.exec.call(1),
  "URLPattern hasRegExpGroups": () => URLPattern.prototype.hasRegExpGroups,
})) {
  try {
    console.log(what, "->", attempt());
  } catch (error) {
    console.log(what, "throws", error.constructor.name, error.message);
  }
}

// Too few arguments.
const socket = new WebSocket("ws://127.0.0.1:1/");
socket.onerror = () => {};
const tooFew = {
  "new WebSocket()": () => new WebSocket(),
  "WebSocket send()": () => socket.send(),
  "new CloseEvent()": () => new CloseEvent(),
  "new EventSource()": () => new EventSource(),
  "URLPattern test()": () => new URLPattern({ pathname: "/a" }).test(),
  "URLPattern exec()": () => new URLPattern().exec(),
};
for (const [what, attempt] of Object.entries(tooFew)) {
  try {
    const result = attempt();
    console.log(what, "->", result === null ? null : typeof result);
  } catch (error) {
    console.log(what, "throws", error.constructor.name, error.code, error.message);
  }
}
socket.close();
