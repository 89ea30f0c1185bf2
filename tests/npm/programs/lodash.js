// lodash's README and its most used functions.
const _ = require("lodash");

console.log(_.chunk(["a", "b", "c", "d"], 2), _.chunk(["a", "b", "c", "d"], 3));
console.log(_.defaults({ a: 1 }, { a: 3, b: 2 }), _.partition([1, 2, 3, 4], (n) => n % 2));
console.log(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
console.log(_.get({ a: [{ b: { c: 3 } }] }, "a[0].b.c"), _.set({}, "x.y[1].z", 7));
console.log(_.groupBy([6.1, 4.2, 6.3], Math.floor), _.keyBy([{ id: "a1" }, { id: "b2" }], "id"));
console.log(_.sortBy([{ u: "fred", a: 48 }, { u: "barney", a: 36 }, { u: "fred", a: 40 }], ["u", "a"]));
console.log(_.uniq([2, 1, 2]), _.difference([2, 1], [2, 3]), _.flattenDeep([1, [2, [3, [4]], 5]]));
console.log(_.camelCase("Foo Bar"), _.kebabCase("fooBar"), _.snakeCase("Foo Bar"), _.startCase("--foo-bar--"), _.capitalize("FRED"));
console.log(_.template("hello <%= user %>!")({ user: "fred" }), _.escape("fred, barney, & <pebbles>"));
console.log(_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.cloneDeep({ d: new Date(0), m: new Map([[1, 2]]) }));
console.log(_.range(0, 20, 5), _.zip(["a", "b"], [1, 2]), _.pick({ a: 1, b: "2", c: 3 }, ["a", "c"]), _.omit({ a: 1, b: 2 }, "a"));
console.log(_([1, 2, 3]).map((n) => n * 3).filter((n) => n > 3).value(), _.chain([3, 1, 2]).sortBy().head().value());
console.log(_.debounce.name, typeof _.throttle(() => 0, 10).cancel, _.VERSION, _.times(3, String));
const memo = _.memoize((n) => n * 2);
console.log(memo(4), memo.cache.has(4), _.padStart("5", 3, "0"), _.truncate("hi-diddly-ho there, neighborino", { length: 24 }));
