// fast-deep-equal's README: deep equality, and the es6 version for Maps, Sets and typed arrays.
const equal = require("fast-deep-equal");
const equalES6 = require("fast-deep-equal/es6");

console.log(equal({ foo: "bar" }, { foo: "bar" }), equal([1, { a: [2] }], [1, { a: [2] }]), equal({ a: 1 }, { a: 1, b: undefined }));
console.log(equal(new Date(5), new Date(5)), equal(/a/g, /a/i), equal(NaN, NaN), equal(null, undefined));
console.log(equalES6(new Map([[1, { a: 2 }]]), new Map([[1, { a: 2 }]])), equalES6(new Set([1, 2]), new Set([2, 3])), equalES6(new Int16Array([1, 2]), new Int16Array([1, 2])));
