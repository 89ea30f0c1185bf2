// deepmerge's README: objects merged deeply, with array strategies.
const merge = require("deepmerge");

const x = { foo: { bar: 3 }, array: [{ does: "work", too: [1, 2, 3] }] };
const y = { foo: { baz: 4 }, quux: 5, array: [{ does: "work", too: [4, 5, 6] }, { really: "yes" }] };
console.log(JSON.stringify(merge(x, y)));
const overwriteMerge = (destinationArray, sourceArray) => sourceArray;
console.log(JSON.stringify(merge([1, 2, 3], [3, 2, 1], { arrayMerge: overwriteMerge })));
console.log(JSON.stringify(merge.all([{ foo: true }, { bar: true }, { baz: true }])));
class Special { constructor() { this.kind = "special"; } }
const merged = merge({ a: new Special() }, { a: { b: 1 } }, { isMergeableObject: (value) => value && typeof value === "object" && !(value instanceof Special) });
console.log(merged, merge({ a: 1 }, { b: 2 }, { clone: false }));
const customMerge = (key) => (key === "pets" ? (a, b) => a.concat(b).join(" & ") : undefined);
console.log(merge({ pets: ["cat"], name: "x" }, { pets: ["dog"], name: "y" }, { customMerge }));
