// The Web IDL shape of the web APIs' classes, where node follows Web IDL: enumerable globals
// and members, `this` checks, lengths, required arguments, pair iterables, accessor names.

// The global scope's operations and attributes are enumerable (its classes are not), in
// node's order.
// (navigator, which node 20 lacks, comes last in Node 21 and later)
console.log(Object.keys(globalThis).filter((key) => key !== "navigator"));

// Members are enumerable (compared as sets: the order of a prototype's keys is its own).
const sortedKeys = (object) => Object.keys(object).sort();
for (const cls of [Headers, URLSearchParams, URL, TextEncoder, TextDecoder, EventTarget, Response, Crypto, CryptoKey, BroadcastChannel]) {
  console.log(cls.name, sortedKeys(cls.prototype), sortedKeys(cls));
}

// A member used on anything but an instance of its class throws a TypeError.
const getter = (cls, name) => Object.getOwnPropertyDescriptor(cls.prototype, name).get;
const wrongThis = {
  "Headers.get": () => Headers.prototype.get.call({}, "a"),
  "Headers.get on a URLSearchParams": () => Headers.prototype.get.call(new URLSearchParams(), "a"),
  "URLSearchParams.get": () => URLSearchParams.prototype.get.call({}, "a"),
  "Request url": () => getter(Request, "url").call({}),
  "Request destination (no state read)": () => getter(Request, "destination").call(Request.prototype),
  "Response status": () => getter(Response, "status").call({}),
  "Blob size": () => getter(Blob, "size").call({}),
  "TextDecoder encoding": () => getter(TextDecoder, "encoding").call({}),
  "TextEncoder encoding": () => getter(TextEncoder, "encoding").call(TextEncoder.prototype),
  "TextEncoder encode": () => TextEncoder.prototype.encode.call(null, "a"),
  "Crypto subtle": () => getter(Crypto, "subtle").call({}),
  "Event type": () => getter(Event, "type").call({}),
  "AbortSignal aborted": () => getter(AbortSignal, "aborted").call({}),
  "EventTarget addEventListener": () => EventTarget.prototype.addEventListener.call({}, "x", () => {}),
  "EventTarget dispatchEvent on a primitive": () => EventTarget.prototype.dispatchEvent.call(1, new Event("x")),
  "BroadcastChannel name": () => getter(BroadcastChannel, "name").call({}),
  "BroadcastChannel postMessage": () => BroadcastChannel.prototype.postMessage.call(new EventTarget(), 1),
  "BroadcastChannel postMessage, no argument": () => BroadcastChannel.prototype.postMessage.call({}),
  "BroadcastChannel close": () => BroadcastChannel.prototype.close.call(null),
  "BroadcastChannel ref (node's own)": () => BroadcastChannel.prototype.ref.call({}),
};
for (const [what, call] of Object.entries(wrongThis)) {
  try {
    call();
    console.log(what, "did not throw");
  } catch (error) {
    console.log(what, error.constructor.name, error.code, error.message);
  }
}
// One that returns a promise rejects instead.
await Blob.prototype.text.call({}).then(
  () => console.log("Blob text resolved"),
  (error) => console.log("Blob text rejected:", error.constructor.name, error.code, error.message),
);

// Too few arguments.
const tooFew = {
  "Headers.get()": () => new Headers().get(),
  "Headers.append('a')": () => new Headers().append("a"),
  "Headers.set()": () => new Headers().set(),
  "Response.redirect()": () => Response.redirect(),
  "BroadcastChannel postMessage() (node's words)": () => {
    const channel = new BroadcastChannel("webidl");
    try { channel.postMessage(); } finally { channel.close(); }
  },
};
for (const [what, call] of Object.entries(tooFew)) {
  try {
    call();
    console.log(what, "did not throw");
  } catch (error) {
    console.log(what, error.constructor.name, error.message);
  }
}

// `length` counts the arguments a member requires; names are the members' own.
const lengths = (object) => Object.getOwnPropertyNames(object)
  .filter((key) => typeof Object.getOwnPropertyDescriptor(object, key).value === "function" && key !== "constructor")
  .sort()
  .map((key) => `${key}:${object[key].length}`);
for (const cls of [Headers, URLSearchParams, TextEncoder, TextDecoder, EventTarget, Blob, Response, AbortController, BroadcastChannel]) {
  console.log(cls.name, cls.length, lengths(cls.prototype), lengths(cls));
}
console.log(URL.canParse.length, getter(Request, "body").name, Object.getOwnPropertyDescriptor(URL.prototype, "href").set.name);
console.log(Headers.prototype.get.name, "prototype" in Headers.prototype.get);
console.log(getter(BroadcastChannel, "name").name, BroadcastChannel.prototype.postMessage.name, Object.keys(BroadcastChannel.prototype));

// A pair iterable's @@iterator is its entries; forEach takes one required argument.
for (const cls of [Headers, URLSearchParams, FormData]) {
  const iterator = Object.getOwnPropertyDescriptor(cls.prototype, Symbol.iterator);
  console.log(cls.name, iterator.value === cls.prototype.entries, iterator.enumerable, cls.prototype.forEach.length);
}

// Interfaces are classes: calling one without `new` throws.
for (const cls of [Headers, URL, Blob, TextDecoder, EventTarget]) {
  try {
    cls();
  } catch (error) {
    console.log(cls.name, "without new:", error.constructor.name);
  }
}
