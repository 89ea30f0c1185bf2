// URLPattern: many patterns (the standard's examples, named groups, wildcards, regexp groups,
// modifiers, base URLs, case, errors), each printed with its components and the results of
// matching some inputs. Its output is compared with what Node 24 printed.
const COMPONENTS = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];

function describeError(error) {
  return `${error.name} ${error.code}: ${error.message}`;
}

function show(result) {
  if (result === null) return "null";
  const parts = [JSON.stringify(result.inputs)];
  for (const name of COMPONENTS) {
    const { input, groups } = result[name];
    const shown = Object.entries(groups).map(([key, value]) => `${key}=${value === undefined ? "(undefined)" : JSON.stringify(value)}`);
    parts.push(`${name}:${JSON.stringify(input)}{${shown.join(",")}}`);
  }
  return parts.join(" ");
}

function check(args, inputs = []) {
  let pattern;
  try {
    pattern = new URLPattern(...args);
  } catch (error) {
    console.log(JSON.stringify(args), "->", describeError(error));
    return;
  }
  const fields = COMPONENTS.map((name) => pattern[name]);
  console.log(JSON.stringify(args), "->", JSON.stringify(fields), pattern.hasRegExpGroups);
  for (const input of inputs) {
    const callArgs = Array.isArray(input) ? input : [input];
    try {
      const tested = pattern.test(...callArgs);
      console.log("  ", JSON.stringify(callArgs), tested, show(pattern.exec(...callArgs)));
    } catch (error) {
      console.log("  ", JSON.stringify(callArgs), describeError(error));
    }
  }
}

// ---- The standard's examples and common uses
check(["https://example.com/books/:id"], [
  "https://example.com/books/123", "https://example.com/books", "https://example.com/books/", "https://example.com/books/123/x",
  "https://example.com/books/123?q#h", "http://example.com/books/123",
]);
check([{ pathname: "/books/:id" }], ["https://example.com/books/123", "ftp://x/books/abc", "https://example.com/Books/1"]);
check([{ pathname: "/books/:id(\\d+)" }], ["https://e.com/books/123", "https://e.com/books/abc"]);
check(["/books/:id", "https://example.com"], ["https://example.com/books/7", "https://example.org/books/7"]);
check([{ hostname: "{*.}?example.com" }], ["https://example.com/", "https://www.example.com/", "https://a.b.example.com/x", "https://badexample.com/"]);
check(["https://*.example.com/*"], ["https://www.example.com/a/b", "https://example.com/", "http://www.example.com/"]);
check(["*://*/*"], ["https://a/b", "file:///tmp/x", "data:text/plain,hi", "mailto:a@b.c"]);
check([{ pathname: "/foo/*" }], ["https://x/foo/bar/baz", "https://x/foo/", "https://x/foo"]);
check([{ pathname: "/foo/*?" }], ["https://x/foo/bar", "https://x/foo"]);
check([{ pathname: "/:product/:action?" }], ["https://x/shoes", "https://x/shoes/buy", "https://x/shoes/buy/now"]);
check([{ pathname: "/:path*" }], ["https://x/", "https://x/a", "https://x/a/b/c"]);
check([{ pathname: "/:path+" }], ["https://x/", "https://x/a", "https://x/a/b/c"]);
check([{ pathname: "/foo{/bar}?" }], ["https://x/foo", "https://x/foo/bar", "https://x/foo/baz"]);
check([{ pathname: "/foo{/bar}*" }], ["https://x/foo", "https://x/foo/bar/bar", "https://x/foo/bar/baz"]);
check([{ pathname: "/foo{/bar}+" }], ["https://x/foo", "https://x/foo/bar", "https://x/foo/bar/bar"]);
check([{ pathname: "/product{s}?/:id" }], ["https://x/product/1", "https://x/products/2", "https://x/productss/2"]);
check([{ pathname: "/(foo|bar)/baz" }], ["https://x/foo/baz", "https://x/bar/baz", "https://x/qux/baz"]);
check([{ pathname: "/(\\d+)-(\\w+)" }], ["https://x/12-ab", "https://x/12-"]);
check([{ pathname: "/:a/:b(\\d+)?/:c*" }], ["https://x/a", "https://x/a/1", "https://x/a/1/c/d", "https://x/a/b/c"]);
check([{ pathname: "/blog/:year(\\d{4})/:month(\\d{2})" }], ["https://x/blog/2024/01", "https://x/blog/24/1"]);
check([{ pathname: "/:name.:ext" }], ["https://x/file.txt", "https://x/archive.tar.gz", "https://x/noext"]);
check([{ pathname: "/:name{.:ext}?" }], ["https://x/file.txt", "https://x/noext"]);
check([{ pathname: "/a\\:b/\\*" }], ["https://x/a:b/*", "https://x/a:b/c"]);
check([{ pathname: "/foo/:bar\\baz" }]);
check([{ pathname: "/:foo(a+)(b+)" }], ["https://x/aab", "https://x/ab"]);
check([{ pathname: "/(a)?(b)*" }], ["https://x/", "https://x/bb", "https://x/abb"]);
check([{ pathname: "*" }], ["https://x/anything/at/all"]);
check([{ pathname: "/*/*" }], ["https://x/a/b", "https://x/a"]);
check([{ pathname: "/:café/:ünïcode" }], ["https://x/a/b"]);
check([{ pathname: "/:𝒳/x" }], ["https://x/v/x"]);
check([{ pathname: "/é/:x" }], ["https://x/%C3%A9/1", "https://x/é/1"]);
check([{ pathname: "/a b/:c" }], ["https://x/a%20b/c"]);
check([{ pathname: "/{a}" }, { pathname: "/{:a}" }].map((init) => init), ["https://x/a"]);
check([{ pathname: "{/:a}" }]);
check([{ pathname: "/{:a}b" }]);
check([{ pathname: "/:a\\b" }]);
check([{ pathname: "/:a(foo)b" }]);
check([{ pathname: "/(foo)b" }]);
check([{ pathname: "/*a" }]);
check([{ pathname: "/(.*)a" }]);
check([{ pathname: "/:a(.*)" }]);
check([{ pathname: "/{(.*)}" }]);
check([{ pathname: "/:a{-:b}?" }], ["https://x/1-2", "https://x/1"]);
check([{ pathname: "/:a{x:b}?" }]);
check([{ pathname: "/{x}?{y}?" }], ["https://x/x", "https://x/y", "https://x/xy", "https://x/"]);
check([{ pathname: "/(?:a|b)c" }]);
check([{ pathname: "/([a-z]+)" }], ["https://x/abc", "https://x/ABC"]);
check([{ pathname: "/([\\d--[5]]+)" }], ["https://x/123", "https://x/456"]);
check([{ pathname: "/a/./b/../c" }], ["https://x/a/c"]);
check([{ pathname: "relative/:x" }]);
check([{ pathname: "relative/:x", baseURL: "https://e.com/dir/page" }], ["https://e.com/dir/relative/1"]);
check([{ pathname: ":x", baseURL: "https://e.com/a/b/" }]);

// ---- Other components
check([{ protocol: "http{s}?" }], ["http://x/", "https://x/", "ws://x/"]);
check([{ protocol: "https:" }], ["https://x/"]);
check([{ protocol: "(http|https)" }], ["http://x/", "ftp://x/"]);
check([{ protocol: "HTTP" }], ["http://x/"]);
check([{ username: ":user", password: ":pass" }], ["https://alice:secret@x/", "https://x/"]);
check([{ username: "a b@c" }]);
check([{ hostname: ":sub.example.com" }], ["https://www.example.com/", "https://a.b.example.com/"]);
check([{ hostname: "*.example.com" }], ["https://a.b.example.com/"]);
check([{ hostname: "EXAMPLE.com" }], ["https://example.com/", "https://EXAMPLE.COM/"]);
check([{ hostname: "café.com" }], ["https://café.com/", "https://xn--caf-dma.com/"]);
check([{ hostname: "[::1]" }], ["http://[::1]/", "http://[0:0::1]:8080/"]);
check([{ hostname: "[::AB]" }]);
check([{ hostname: "[::xyz]" }]);
check([{ hostname: "{[::1]}" }]);
check([{ hostname: "[\\:\\:AB]" }], ["http://[::ab]/", "http://[::1]/"]);
check([{ hostname: "[\\:\\:xyz]" }]);
check([{ hostname: "{[\\:\\:1]}" }]);
check([{ hostname: "[*]" }], ["http://[::1]/"]);
check(["https://[\\:\\:1]:8080/x"], ["https://[::1]:8080/x"]);
check([{ hostname: "bad hostname" }]);
check([{ hostname: "bad#hostname" }]);
check([{ hostname: "xn--caf-dma.com" }]);
check([{ hostname: "127.0.0.1" }], ["http://127.0.0.1/", "http://2130706433/"]);
check([{ port: "(80|8080)" }], ["http://x:8080/", "http://x/", "https://x:80/"]);
check([{ port: "80" }], ["http://x/", "https://x:80/"]);
check([{ protocol: "http", port: "80" }], ["http://x/", "http://x:80/"]);
check([{ protocol: "https", port: "443" }]);
check([{ protocol: "ftp", port: "21" }]);
check([{ protocol: "http", port: "443" }]);
check([{ port: "80abc" }]);
check([{ port: "99999" }]);
check([{ port: ":p(\\d+)" }], ["http://x:1234/"]);
check([{ search: "q=:query" }], ["https://x/?q=abc", "https://x/?q=", "https://x/?r=1"]);
check([{ search: "?a=1&b=*" }], ["https://x/?a=1&b=2&c=3"]);
check([{ search: "a b" }], ["https://x/?a%20b", "https://x/?a b"]);
check([{ hash: "#section-:n" }], ["https://x/#section-2", "https://x/#other"]);
check([{ hash: "a b<" }]);
check([{ search: "", hash: "" }], ["https://x/", "https://x/?", "https://x/?a", "https://x/#"]);

// ---- Constructor strings
for (const text of [
  "https://user:pass@example.com:8080/path/:id?query=1#hash",
  "https://example.com",
  "https://example.com:8080",
  "https://example.com/",
  "https://example.com?q",
  "https://example.com#h",
  "https://example.com/:a?:b#:c",
  "https://[::1]:8080/x",
  "https://{:sub.}?example.com/*",
  "http{s}?://example.com/*",
  "(https|http)://example.com",
  "*://example.com",
  "data\\:foo",
  "data:text/plain,:x",
  "mailto\\::address",
  "mailto::address",
  "foo://bar/baz",
  "foo:bar",
  "javascript:alert(1)",
  "file:///tmp/*",
  "https://example.com/foo?bar#baz",
  "https://example.com/*?*#*",
  "https://example.com/:path(.*)?",
  "https://:user@example.com",
  "https://:user::pass@example.com",
  "https://example.com/{a?}b",
  "https://example.com/a\\?b",
  "https://example.com/a(x)?b",
  "https://example.com/:a?b",
  "https://example.com/*?b",
  "https://example.com/{x}?b",
  "https://example.com:(\\d+)/",
  "https://example.com:8080?x",
  "https://example.com/é?é#é",
  "https://EXAMPLE.COM/PATH",
  "HTTPS://example.com",
  "https:example.com",
  "http:/example.com",
  "https://(a",
  "https://:",
  "https://example.com/(",
  "https://example.com/\\",
  "://x",
  "",
  "/path",
  "?q",
  "#h",
]) {
  check([text], ["https://example.com/", "https://example.com/path/1?query=1#hash"]);
}
check(["/books/:id", "https://example.com/base/"], ["https://example.com/books/1"]);
check(["books/:id", "https://example.com/base/"], ["https://example.com/base/books/1", "https://example.com/books/1"]);
check(["?q=:v", "https://example.com/p"], ["https://example.com/p?q=1"]);
check(["#:h", "https://example.com/p?q"], ["https://example.com/p?q#x"]);
check([":x", "https://example.com/p"]);
check(["/x", "not a url"]);
check(["https://example.com/*", "https://other.com"]);

// ---- Base URLs in dictionaries
check([{ baseURL: "https://user:pass@example.com:8080/a/b?q#h" }]);
check([{ baseURL: "https://example.com/a/b?q#h", pathname: "c" }]);
check([{ baseURL: "https://example.com/a/b?q#h", search: "x" }]);
check([{ baseURL: "https://example.com/a/b?q#h", hash: "y" }]);
check([{ baseURL: "https://example.com/a/b?q#h", hostname: "other.com" }]);
check([{ baseURL: "https://example.com/a/b?q#h", protocol: "http" }]);
check([{ baseURL: "https://example.com/a/b?q#h", port: "9" }]);
check([{ baseURL: "https://example.com/:a/*" }], ["https://example.com/:a/*?q#h"]);
check([{ baseURL: "data:text/plain,x", pathname: "y" }]);
check([{ baseURL: "not a url" }]);
check([{ baseURL: "https://example.com", pathname: "{/x}?" }]);

// ---- Matching dictionaries and base URLs
check([{ pathname: "/a/:b" }], [
  { pathname: "/a/1" },
  { pathname: "/a/1", protocol: "https", hostname: "x" },
  { pathname: "/a/é 1" },
  { pathname: "a/1" },
  { pathname: "1", baseURL: "https://e.com/a/" },
  { hostname: "bad host", pathname: "/a/1" },
  { baseURL: "nope", pathname: "/a/1" },
  { port: "abc", pathname: "/a/1" },
  { port: "99999", pathname: "/a/1" },
  { protocol: "HTTPS:", pathname: "/a/1" },
  {},
  [{ pathname: "/a/1" }, "https://x"],
  ["/a/1", "https://e.com"],
  ["a/1", "https://e.com/a/"],
  ["/a/1", "not a url"],
  ["not a url"],
  ["https://e.com/a/1", 5],
  ["https://e.com/a/1", undefined],
  ["https://e.com/a/1", null],
  [null, null],
  [{}, null],
  [{ pathname: "/a/1", protocol: "https", hostname: "x" }, undefined],
  [5],
  [null],
  [],
  [{ pathname: 7 }],
]);
check([{ protocol: "https", port: "443" }], [{ protocol: "https", port: "443" }, { protocol: "https", port: "" }, { port: "443" }]);
check([{ protocol: "foo", pathname: "bar" }], ["foo:bar", { protocol: "foo", pathname: "bar" }, "foo:/bar"]);
check([{ protocol: "data", pathname: "text/:type,*" }], ["data:text/plain,hello"]);
check([{ hostname: "example.com" }], [{ hostname: "EXAMPLE.com" }, { hostname: "example.com:80" }]);
check([{ search: "a=:b" }], [{ search: "?a=1" }, { search: "a=1" }, { search: "??a=1" }]);
check([{ hash: ":b" }], [{ hash: "#x" }, { hash: "##x" }]);
check([{ username: ":u" }], [{ username: "a b" }, "https://a%20b@x/"]);

// ---- ignoreCase and options
check([{ pathname: "/Foo/:bar" }, { ignoreCase: true }], ["https://x/foo/BAR", "https://x/FOO/bar"]);
check([{ pathname: "/Foo/:bar" }, { ignoreCase: false }], ["https://x/foo/BAR", "https://x/Foo/bar"]);
check([{ pathname: "/Foo" }, {}], ["https://x/foo"]);
check([{ search: "Q=:v", hash: "H" }, { ignoreCase: true }], ["https://x/?q=1#h"]);
check([{ protocol: "HT(T)P" }, { ignoreCase: true }], ["http://x/", "HTTP://x/"]);
check([{ hostname: "(EX)AMPLE.com" }, { ignoreCase: true }], ["https://example.com/"]);
check(["https://example.com/Path", { ignoreCase: true }], ["https://example.com/path"]);
check(["https://example.com/Path", "https://example.com", { ignoreCase: true }], ["https://example.com/PATH"]);
check([{ pathname: "/a" }, { ignoreCase: 1 }], ["https://x/A"]);
check([{ pathname: "/a" }, null], ["https://x/a"]);
check([{ pathname: "/a" }, 5]);
check([{ pathname: "/a" }, "https://x"]);

// ---- Errors
for (const pathname of [
  "(foo", "/:a/:a", "/([)", "/:", "/\\", "/(?a)", "/()", "/{a", "/a}", "/{a{b}}", "/(a(b))", "/(a(?:b))",
  "/(é)", "/(\\é)", "/:a?+", "/**", "/:a:b", "/{:a}{:a}", "/(\\d", "/((?<x>a))", "/a)", "/(a|)",
]) {
  check([{ pathname }]);
}
check([1]);
check([true]);
check([() => {}]);
check([null]);
check([undefined]);
check([]);
check([{}, "https://x"]);
check(["https://x", "nope"]);
check(["/relative"]);
check(["https://x", { ignoreCase: true }, "extra"]);
check(["https://x", 5, undefined]);
check(["https://x", undefined, undefined]);
check(["https://x/:a", "https://y", 5]);
check(["https://x/:a", "https://y", null], ["https://y/1"]);
check([{ pathname: "/a" }, "https://y", {}]);
check([{}, {}, {}]);
check(["https://x/*", 1]);
check([Symbol()].map(String));
check([{ pathname: 5, search: { toString: () => "x" }, hash: "h" }], ["https://x/5#h", "https://x/#h"]);
check(["https://x\ud800/"]);
check([{ pathname: "/\ud800:a" }], ["https://x/%EF%BF%BD1", "https://x/\ud800"]);

// ---- The results themselves
const p = new URLPattern({ pathname: "/:a/:b?/(\\d+)?" });
const r = p.exec("https://x/one");
console.log(Object.getPrototypeOf(r), Object.keys(r), r.inputs, r.pathname);
console.log(p.exec({ pathname: "/one/two/3" }).inputs);
console.log(p.exec({ pathname: "/one", baseURL: "https://x" }).pathname.groups);
console.log(Object.getOwnPropertyNames(URLPattern.prototype), URLPattern.length, URLPattern.name);
const d = Object.getOwnPropertyDescriptor(URLPattern.prototype, "pathname");
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(new URLPattern(), String(new URLPattern()));
console.log(new URLPattern("https://example.com/:x").test("https://example.com/1"), new URLPattern().test());
console.log(new URLPattern({ pathname: "/a" }).exec(new URL("https://x/a")));
