// structuredClone of the types HTML lists, with cycles and transfers, as node has it.
const date = new Date(0);
const source = {
  n: 1, s: "two", b: true, nil: null, u: undefined, big: 10n, neg: -0,
  date, re: /x+/gi, map: new Map([[1, { deep: [1] }]]), set: new Set(["a"]),
  arr: [1, , 3], typed: new Uint16Array([1, 2]), buf: new Uint8Array([9]).buffer,
  err: new RangeError("bad range"), boxed: new String("boxed"),
};
source.self = source;
const copy = structuredClone(source);
console.log(copy !== source, copy.self === copy, copy.date !== date, copy.date.getTime());
console.log(copy.map.get(1), copy.set.has("a"), copy.arr, 1 in copy.arr, copy.typed, new Uint8Array(copy.buf));
console.log(copy.err instanceof RangeError, copy.err.message, copy.re.flags, copy.big, Object.is(copy.neg, -0), typeof copy.boxed);
class Point { constructor() { this.x = 1; } }
const cloned = structuredClone(new Point());
console.log(cloned, cloned instanceof Point, Object.getPrototypeOf(cloned) === Object.prototype);
const buffer = new Uint8Array([1, 2, 3]).buffer;
const moved = structuredClone({ buffer }, { transfer: [buffer] });
console.log(buffer.byteLength, moved.buffer.byteLength, new Uint8Array(moved.buffer));
for (const bad of [() => {}, Symbol("s"), { f() {} }]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
try { structuredClone(); } catch (e) { console.log(e.constructor.name); }
console.log(structuredClone("plain"), structuredClone([new Map()]));
