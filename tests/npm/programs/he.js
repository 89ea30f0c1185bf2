// he's README: HTML entities encoded and decoded.
const he = require("he");

console.log(he.encode("foo © bar ≠ baz 𝌆 qux"), he.encode("foo © bar ≠ baz 𝌆 qux", { useNamedReferences: true }), he.encode("foo © bar", { decimal: true }));
console.log(he.encode("<img src='x'>", { encodeEverything: false }), he.encode("foo", { encodeEverything: true }), he.escape("<img src='yolo'>"));
console.log(he.decode("foo &copy; bar &ne; baz &#x1D306; qux"), he.decode("foo&ampbar"), he.decode("foo&ampbar", { isAttributeValue: true }), he.unescape("&lt;b&gt;"));
try {
  he.decode("foo&ampbar", { strict: true });
} catch (error) {
  console.log(error.name, error.message);
}
console.log(he.version);
