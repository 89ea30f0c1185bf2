// console.log formatting of the values people print, as util.inspect does.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Base {}
class Derived extends Base { constructor() { super(); this.kind = "derived"; } }
const circular = { name: "loop" };
circular.self = circular;
const nullProto = Object.create(null);
nullProto.a = 1;
const values = [
  1, -0, 1.5, NaN, Infinity, 10n, true, null, undefined, "text", Symbol("sym"), Symbol(),
  [], [1, 2, 3], ["a", 'it\'s', 'say "hi"', "both ' \""], [1, [2, [3, [4, [5]]]]],
  {}, { a: 1, b: "two", c: [3], d: { e: { f: { g: 1 } } } }, { "key-with-dash": 1, valid_id: 2, 3: "num" },
  new Map([["a", 1], [{ k: 1 }, [2]]]), new Set([1, "two", [3]]), new Map(), new Set(),
  new Point(1, 2), new Empty(), new Derived(),
  function named() {}, () => {}, async function af() {}, function* gen() {}, class Klass {}, class Sub extends Base {},
  new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)), /ab+c/gi,
  new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(3),
  Promise.resolve(4), new Promise(() => {}), circular, nullProto,
  Array.from({ length: 120 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i * 1000),
  Array.from({ length: 8 }, (_, i) => "item" + i), [1, , 3], new Array(5),
  { arr: Array.from({ length: 10 }, (_, i) => ({ id: i, label: "entry number " + i })) },
  "x".repeat(100), ["x".repeat(100)], { long: "y".repeat(90) },
  { fn() {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} },
  [new Map([[1, new Set([2])]])], Object.assign(() => {}, { prop: 1 }),
  new Number(3), new String("boxed"), new Boolean(false),
  { [Symbol("k")]: "symbol key" }, [undefined, null], { u: undefined },
];
for (const value of values) console.log(value);
console.log("%s is %d years and %i days, %f%%", "Bob", 42.5, 3.9, 1.25, "extra");
console.log("%o vs %O", { a: [1] }, { a: [1] });
console.log("%j", { json: true }, "%c styled", "color: red");
console.log("a", 1, { b: 2 }, [3], "c");
console.log();
console.log(new Error("shown with stack").message);
console.info("info"); console.debug("debug");
console.group("group");
console.log("inside group");
console.group();
console.log({ nested: true });
console.groupEnd();
console.groupEnd();
console.log("outside");
console.count(); console.count(); console.count("x"); console.countReset(); console.count();
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.table([{ a: 1, b: "x" }, { a: 2, c: true }]);
console.table(["p", "q"]);
console.assert(1 === 1, "not shown");
