// qs's README: nested query strings, parsed and stringified.
const qs = require("qs");

console.log(qs.parse("a[b][c]=d"), qs.parse("a=b&a=c"), qs.parse("a[]=b&a[]=c"), qs.parse("a[1]=b&a[15]=c"));
console.log(qs.parse("?a=b&c=d", { ignoreQueryPrefix: true }), qs.parse("a=b;c=d", { delimiter: ";" }));
console.log(qs.parse("a.b=c", { allowDots: true }), qs.parse("a=%82%A0", { charset: "iso-8859-1" }), qs.parse("a=1,2", { comma: true }));
console.log(JSON.stringify(qs.parse("a[b][c][d][e][f][g][h]=i", { depth: 1 })), qs.parse("a=b&c=d", { parameterLimit: 1 }));
console.log(qs.stringify({ a: { b: "c" } }), qs.stringify({ a: { b: "c" } }, { encode: false }), qs.stringify({ a: ["b", "c"] }));
console.log(qs.stringify({ a: ["b", "c"] }, { arrayFormat: "brackets" }), qs.stringify({ a: ["b", "c"] }, { arrayFormat: "comma" }), qs.stringify({ a: ["b", "c"] }, { indices: false }));
console.log(qs.stringify({ a: null, b: undefined, c: "" }), qs.stringify({ a: "b c", d: "é" }), qs.stringify({ a: "b c" }, { format: "RFC1738" }));
console.log(qs.stringify({ a: { b: { c: "d" } } }, { allowDots: true }), qs.stringify({ b: 1, a: 2 }, { sort: (x, y) => x.localeCompare(y), addQueryPrefix: true }));
console.log(qs.stringify({ date: new Date(0) }), qs.stringify({ a: [{ b: 1 }, { b: 2 }] }));
