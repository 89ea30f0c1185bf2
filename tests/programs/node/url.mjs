// node:url's documented API besides the generated table: the WHATWG classes, file URLs,
// http options, domains, format's two forms, the Url class and argument errors.
import url, { URL as URLExport, URLSearchParams as Params, fileURLToPath, pathToFileURL, format, parse, Url } from "node:url";

const show = (value) => JSON.stringify(value);
function attempt(label, f) {
  try {
    console.log(label, show(f()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log(Object.keys(url).join(), URLExport === URL, Params === URLSearchParams);

for (const input of ["file:///etc/passwd", "file:///a%20b/c%23d", "file://localhost/x", "file:///%E2%82%AC", "file:///a/b/", new URL("file:///tmp/x y")]) {
  attempt(`fileURLToPath ${String(input)}`, () => fileURLToPath(input));
}
for (const input of ["http://a/b", "file://host/x", "file:///a%2Fb", "file:///a%2fb", "not a url", 5, null, {}, { href: "file:///x" }]) {
  attempt(`fileURLToPath ${show(input)}`, () => fileURLToPath(input));
}
for (const path of ["/a/b", "/a b/c", "/%41", "/a\\b", "/x\ny", "/x\rz", "/t\tu", "/h#i", "/q?r", "/dir/", "/a/../b/./c", "/€", "/a;b,c=d&e", "/", "//x"]) {
  attempt(`pathToFileURL ${show(path)}`, () => pathToFileURL(path).href);
}
attempt("pathToFileURL instance", () => pathToFileURL("/x") instanceof URL);
for (const value of [5, null, undefined]) attempt(`pathToFileURL ${String(value)}`, () => pathToFileURL(value));

for (const input of ["https://user:p%40ss@example.com:8443/a/b?x=1#h", "http://[::1]:80/", "http://example.com", "http://ü.com/x"]) {
  const options = url.urlToHttpOptions(new URL(input));
  console.log("urlToHttpOptions", show(options), Object.getPrototypeOf(options));
}

for (const domain of ["español.com", "xn--espaol-zwa.com", "xn--iñvalid.com", "A.COM", "a b", "a:80", "a/b", "a@b", "[::1]", "1.2.3", "0x7f.1", "a%41", "", "faß.de", "ÉXAMPLE.com", "münchen.de.", 5, null]) {
  console.log("domain", show(domain), show(url.domainToASCII(domain)), show(url.domainToUnicode(domain)));
}
attempt("domainToASCII()", () => url.domainToASCII());
attempt("domainToUnicode()", () => url.domainToUnicode());

const whatwg = new URL("https://user:pass@xn--tda.com:8080/p?q=1#frag");
attempt("format URL", () => format(whatwg));
for (const options of [{}, { auth: false }, { fragment: false }, { search: false }, { unicode: true }, { auth: 0, fragment: "", search: null, unicode: 1 }, undefined]) {
  attempt(`format URL ${show(options)}`, () => format(whatwg, options));
}
attempt("format URL options 1", () => format(whatwg, 1));
attempt("format URL options null", () => format(whatwg, null));
attempt("format mailto URL", () => format(new URL("mailto:a@b.com?x#y"), { search: false }));
attempt("format file URL", () => format(new URL("file:///x/y")));
const objects = [
  { protocol: "http", host: "a.com", pathname: "/x" },
  { protocol: "https:", hostname: "a.com", port: 8080, pathname: "p", query: { a: [1, 2], b: "c d" } },
  { protocol: "http:", hostname: "::1", pathname: "/" },
  { protocol: "http:", auth: "u:p@x", host: "h", search: "q=1", hash: "f" },
  { protocol: "file", pathname: "//x/y" },
  { protocol: "file:", pathname: "/x" },
  { protocol: "file:", pathname: "x" },
  { protocol: "file:" },
  { protocol: "fileX:", pathname: "/x" },
  { protocol: "http:", pathname: "/x" },
  { protocol: "file:", host: "h", pathname: "x" },
  { protocol: "mailto:", auth: "a", host: "b.com" },
  { slashes: true, host: "h", pathname: "a#b?c", search: "?x#y" },
  { pathname: "/just/path", query: "ignored", search: "" },
  { protocol: "foo", host: "h", pathname: "p" },
  { host: "h", hostname: "ignored", port: 1 },
  {},
];
for (const object of objects) attempt(`format ${show(object)}`, () => format(object));
for (const value of [5, null, undefined, true]) attempt(`format ${String(value)}`, () => format(value));
attempt("format string", () => format("HTTP://A.com/x y"));

for (const value of [5, null, undefined, {}]) attempt(`parse ${String(value)}`, () => parse(value));
const parsed = parse("http://user@host:1/p?q#h");
console.log(parsed instanceof Url, parsed.constructor === Url, parse(parsed) === parsed, Object.keys(new Url()).join());
console.log(show(parse("http://a.com?x=1&x=2&y", true).query), Object.getPrototypeOf(parse("/p?a=b", true).query));
const manual = new Url();
manual.parse("//h/p", false, true);
console.log(show(manual), manual.format(), manual.resolve("q"), show(manual.resolveObject("../r?s#t")));
console.log(show(url.resolveObject("http://a/b/c", "../d")), url.resolveObject("", "x"));
attempt("parse bad auth", () => parse("http://%zz@h/"));
attempt("parse bad host", () => parse("http://a[b/"));
