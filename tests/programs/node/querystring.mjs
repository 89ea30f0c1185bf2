// node:querystring: parse, stringify, escape and unescape as node has them.
import querystring, { parse, stringify, escape, unescape } from "node:querystring";

const show = (value) => JSON.stringify(value);
function attempt(label, f) {
  try {
    console.log(label, show(f()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message, String(error));
  }
}
console.log(Object.keys(querystring).join(","), querystring.decode === parse, querystring.encode === stringify);

const inputs = [
  "a=1&b=2&a=3", "a&&b", "=x", "&=&", "=", "&&", "a=b=c", "a+b=c+d", "%41=%zz&%E4%B8%AD=%E4", "a%20b=%",
  "a=1&a=2&a=3&a", "x=%C0%80", "__proto__=1&hasOwnProperty=2&constructor=3", "a=%F0%9F%98", "  a = b  ", "a=%2",
  "a=%u0041", "\u00e9=\ud83d", "\ud83d%41=1", "a=%41%", "a[]=1&a[]=2", "q=caf%C3%A9+cr%C3%A8me&lang=fr",
  "emoji=%F0%9F%98%80&bad=%FF%FE", "a=1&a=&a", "%=%%&%%%=1", "", "x=%e2%82%ac",
];
for (const input of inputs) {
  const parsed = parse(input);
  console.log("parse", show(input), show(parsed), Object.getPrototypeOf(parsed));
}
console.log(show(parse("a:1;b:2;a:3", ";", ":")), show(parse("a=>1<>b=>2", "<>", "=>")), show(parse("a=1&&b=2&&c", "&&")));
console.log(show(parse("a==1", "&", "==")), show(parse("a=1&b=2", "", "")), show(parse("a=1&b", 5, 6)), show(parse("a5b6c", 5, 6)));
for (const maxKeys of [1, 2, 0, -1, 1.5, "2", undefined, 100]) {
  console.log("maxKeys", maxKeys, show(parse("&&a=1&b=2&c=3", null, null, { maxKeys })), show(parse("a=1&a=2&b=1&c=1", null, null, { maxKeys })));
}
const many = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join("&");
console.log("default maxKeys", Object.keys(parse(many)).length);
console.log(show(parse(5)), show(parse(null)), show(parse({})));
console.log(show(parse("a+b=1+%2", null, null, { decodeURIComponent: (s) => `[${s}]` })));
console.log(show(parse("a=1&B=%41", "&", "=", { decodeURIComponent: (s) => s.toUpperCase() })));
console.log(show(parse("a=%41", "&", "=", { decodeURIComponent: () => { throw new Error("x"); } })));

const objects = [
  { a: [1, 2], b: "x y", c: true, d: null, e: undefined, f: NaN, g: 1n, h: {}, i: [], j: "é&=", k: Infinity, l: -0, m: Symbol("x") },
  { a: [1, [2, 3], {}] }, Object.create({ inherited: 1 }), [1, 2], { "": "" }, { "a b": "c+d", "ü": "€😀" },
  { n: 1.5e-7, big: 1e21, neg: -3 }, { f() {} },
];
for (const object of objects) console.log("stringify", show(stringify(object)));
console.log(show(stringify({ a: 1, b: 2 }, ";", ":")), show(stringify({ a: 1, b: [2, 3] }, "&&", "==")), show(stringify({ a: 1, b: 2 }, 5, 6)));
console.log(show(stringify("x")), show(stringify(null)), show(stringify(42)), show(stringify({ a: 1 }, "", "")));
console.log(show(stringify({ a: "b", c: ["d"] }, null, null, { encodeURIComponent: (s) => `<${s}>` })));
console.log(show(stringify({ a: "b c" }, null, null, { encodeURIComponent: 5 })));

console.log(show(escape("a b!*()~'-._é€😀/?#[]&=+%")), show(escape(5)), show(escape({ toString() { return "o k"; } })));
console.log(show(escape(null)), show(escape(undefined)), show(escape([1, 2])), show(escape("")), show(escape(true)));
console.log(show(unescape("%E4%B8%AD+%2")), show(unescape("%E4%B8+x")), show(unescape("a+b", true)), show(unescape(5)), show(unescape("%zz%41")));
console.log(show(unescape("%E4%B8+x", true)), show(unescape("plain")), show(unescape("%F0%9F%98%80")));
console.log(show([...querystring.unescapeBuffer("a%41+b%", true)]), show([...querystring.unescapeBuffer("%E2%82%AC+", false)]));
attempt("escape lone surrogate", () => escape("a\ud800b"));
attempt("escape trailing surrogate", () => escape("\udc00"));
attempt("stringify lone surrogate", () => stringify({ a: "\ud800" }));
attempt("escape pair", () => escape("\ud83d\ude00"));
attempt("escape high then plain", () => escape("\ud83dxy\ud800\ud800"));
