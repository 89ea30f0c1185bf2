// Legacy url.parse, url.format and url.resolve on generated URLs: a seeded mix of protocols,
// credentials, hosts (names, IPv4, IPv6, unicode, odd characters), ports, paths, queries and
// fragments, with spaces, backslashes and characters the parser escapes.
import url from "node:url";

let seed = 20240611;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pick = (items) => items[random(items.length)];

const PROTOCOLS = ["http://", "HTTPS://", "ftp://", "file://", "ws://", "foo://", "mailto:", "javascript:", "x:", "//", "", "http:", "http:/", "https:\\\\", "git+ssh://", "a.b-c+d:"];
const AUTHS = ["", "", "user@", "user:pass@", "a@b@", "%41:b@", "u%20ser@", ":@", "@"];
const HOSTS = ["example.com", "Example.COM", "a.b.c", "127.0.0.1", "[::1]", "[FE80::1]", "münchen.de", "ÉXAMPLE.com", "xn--tda.com", "a_b-c+d.com", "a!b$c", "host", "", "a..b", "-x.y", "a b", "a\tb", "ab\u007f", "a.com."];
const PORTS = ["", "", ":80", ":0080", ":", ":99999", ":8x", ":abc"];
const PATHS = ["", "/", "/a/b", "/a b/c", "/a\\b", "/{x}|^`<>\"'", "/%41%zz", "/a;b", "/./a/../b", "//double", "/ü/ñ", "/a?b/c", "relative/path"];
const QUERIES = ["", "", "?", "?a=1&b=2", "?a=1&a=2&c", "?x=a b", "?q=\\back", "?%zz=1", "?a=1#b?c"];
const HASHES = ["", "", "#", "#frag", "#a b", "#x?y", "#\\h"];

const show = (value) => JSON.stringify(value);
function attempt(f) {
  try {
    return show(f());
  } catch (error) {
    return `${error.name} ${error.code} ${error.message}`;
  }
}

for (let i = 0; i < 400; i++) {
  const input = pick(PROTOCOLS) + pick(AUTHS) + pick(HOSTS) + pick(PORTS) + pick(PATHS) + pick(QUERIES) + pick(HASHES);
  const padded = random(8) === 0 ? ` \t${input}\n ` : input;
  console.log(show(padded));
  console.log("  parse", attempt(() => url.parse(padded)));
  if (random(3) === 0) console.log("  query+slashes", attempt(() => url.parse(padded, true, true)));
  console.log("  format", attempt(() => url.format(padded)));
  console.log("  format(parse)", attempt(() => url.format(url.parse(padded))));
}

const BASES = ["http://a/b/c/d;p?q", "http://user:pw@host:8080/dir/file?x#y", "https://host", "file:///etc/passwd", "http://a/b/"];
const RELATIVES = ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "http:g", "https://other/x", "mailto:x@y", "//h2:81/p", "a b", "\\\\w\\x"];
for (let i = 0; i < 120; i++) {
  const base = pick(BASES);
  const relative = pick(RELATIVES);
  console.log("resolve", show([base, relative]), attempt(() => url.resolve(base, relative)));
}

const MORE = [
  ["https://host/p", ["http:g/h/i", "http:/g/h", "http:", "http:?q", "http:#f", "file:g/h", "ftp:a", "http://x/y", "mailto:a@b", "foo:bar", "http:g?x#y", "http:.."]],
  ["mailto:a@b", ["c@d", "?x", "#f", "mailto:e@f"]],
  ["foo:bar/baz", ["qux", "../q", "/abs"]],
  ["foo://h/a/b", ["../c", "//other/x", "?q"]],
  ["/a/b", ["c", "../c", "//h/x", "?q", "#f"]],
  ["a/b", ["../../c", "./d", ""]],
  ["", ["x", "/y"]],
  ["http://a/b/c", ["../../../../x", "/../x", "./../."]],
  ["http://a", ["b", "", "?q", "#f", "./"]],
  ["http://u@a/b", ["//c/d", "//v@c/d", "e"]],
  ["http://a/b?q", ["#f", "", "?", "c?"]],
];
for (const [base, relatives] of MORE) {
  for (const relative of relatives) console.log("resolve", show([base, relative]), attempt(() => url.resolve(base, relative)));
}
