// picomatch 2's README: glob matchers, scans and regexes.
const picomatch = require("picomatch");

const isMatch = picomatch("*.js");
console.log(isMatch("abcd"), isMatch("a.js"), isMatch("a.md"), isMatch("a/b.js"));
const nested = picomatch(["**/*.{js,ts}", "!**/test/**"]);
console.log(nested("src/a/b.ts"), nested("src/test/b.ts"), picomatch.isMatch("foo/bar.txt", "foo/*.txt"), picomatch("*.JS", { nocase: true })("A.js"));
console.log(picomatch.makeRe("foo/*.js"), picomatch.makeRe("foo/{a,b}/?.[jt]s"));
console.log(picomatch.scan("!./foo/*.js"));
console.log(picomatch.scan("foo/**/bar/*.js", { tokens: true, parts: true }).parts);
console.log(picomatch.parse("*.js").output, picomatch("a/*", { basename: true })("x/a/b"), picomatch("+(x|y)")("xyx"));
