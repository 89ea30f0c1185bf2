// URL and URLSearchParams (WHATWG parsing), as node has them.
const cases = [
  ["https://user:pw@EXAMPLE.com:443/a/../b/./c?x=1&y=%20#frag"],
  ["http://[::1]:8080/p"], ["HTTP://ExAmPlE.CoM:80/"], ["../up?q", "http://host/a/b/c"],
  ["//other.org/path", "https://base.example/"], ["?only=query", "http://h/p"], ["#h", "http://h/p?q"],
  ["https://münchen.de/straße"], ["http://192.168.0.1.:80"], ["http://0x7f.1/"], ["file:///tmp/a b.txt"],
  ["mailto:someone@example.com"], ["data:text/plain,hello"], ["blob:https://a.b/uuid"],
  ["https://example.com/%7Efoo/é?ä=ö#ü"], ["ws://h:81/s"], ["http://a/b\\c"], ["  https://trim.me/  "],
];
for (const [input, base] of cases) {
  const url = new URL(input, base);
  console.log([url.href, url.origin, url.protocol, url.username, url.password, url.host, url.hostname, url.port, url.pathname, url.search, url.hash].join(" | "));
}
for (const bad of ["not a url", "http://", "https://exa mple.com", "http://[::1", "//x"]) {
  try { new URL(bad); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
}
console.log(URL.canParse("https://x"), URL.canParse("x"), URL.canParse("x", "https://y/"));
const u = new URL("https://example.com/path?a=1&b=2");
u.pathname = "/new path"; u.port = "8443"; u.hash = "h"; u.searchParams.append("c", "3 4");
u.hostname = "other.example"; u.username = "me"; u.protocol = "http"; u.port = "bad";
console.log(u.href, u.search, String(u), JSON.stringify({ u }));
u.search = "?z=9";
console.log([...u.searchParams], u.searchParams.get("z"));
u.href = "https://reset.example/x?k=v";
console.log(u.searchParams.get("k"), u.host);
const params = new URLSearchParams("?a=1&b=x+y&a=2&c=%E2%82%AC&d&=e&bad=%ZZ");
console.log([...params], params.getAll("a"), params.get("b"), params.get("nope"), params.has("d"), params.size);
params.set("a", "only"); params.delete("b"); params.append("sp ce", "ü&=+");
params.sort();
console.log(params.toString(), [...params.keys()]);
console.log(new URLSearchParams({ x: 1, y: [2, 3] }).toString(), new URLSearchParams([["k", "v"]]).toString());
console.log(u, params, new URLSearchParams());
console.log(Object.prototype.toString.call(u), Object.keys(URL.prototype).length > 5);
