// cookie's README: Cookie headers parsed and Set-Cookie headers serialized.
const cookie = require("cookie");

console.log(cookie.parse("foo=bar; equation=E%3Dmc%5E2"), cookie.parse("a=1; a=2; b=\"quoted\"; c=%E0"), cookie.parse("x=1", { decode: (v) => v + "!" }));
console.log(cookie.serialize("foo", "bar"), cookie.serialize("name", "a value", { httpOnly: true, maxAge: 60 * 60 * 24 * 7, path: "/", sameSite: "lax", secure: true }));
console.log(cookie.serialize("d", "x", { expires: new Date(Date.UTC(2030, 0, 1)), domain: "example.com", priority: "high", partitioned: true }));
try {
  cookie.serialize("bad name", "x");
} catch (error) {
  console.log(error.name, error.message);
}
