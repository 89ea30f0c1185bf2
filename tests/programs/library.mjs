// Library features V8 10.2 lacks but node 20 has: results and property shape must match.
const a = [3, 1, 2];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(1, 1, "x", "y"), a.with(-1, 9), a);
console.log([1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1), [, 1].toSorted());
console.log(new Uint8Array([3, 1, 2]).toSorted(), new Int16Array([1, 2]).toReversed(), new Float32Array([1, 2]).with(0, 5));
try { [1].with(5, 0); } catch (e) { console.log(e.constructor.name); }
console.log("ab\uD800".isWellFormed(), "ab".isWellFormed(), JSON.stringify("a\uDC00b\uD83D\uDE00".toWellFormed()));
for (const [object, name] of [[Array.prototype, "toSorted"], [String.prototype, "isWellFormed"]]) {
  const d = Object.getOwnPropertyDescriptor(object, name);
  console.log(name, d.enumerable, d.writable, d.configurable, object[name].length);
}
console.log(Object.keys(Array.prototype).length, Array.prototype[Symbol.unscopables].toSorted);
