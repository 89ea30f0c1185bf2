// micromatch's README: lists filtered by globs.
const micromatch = require("micromatch");

const list = ["foo.js", "bar.js", "baz.md", "a/b.js", "a/b/c.md", ".dot.js"];
console.log(micromatch(list, "*.js"), micromatch(list, ["*", "!*.md"]), micromatch(list, "**/*.md"), micromatch(list, "*.js", { dot: true }));
console.log(micromatch.isMatch("foo.md", "*.{js,md}"), micromatch.not(list, "*.js"), micromatch.contains("aa/bb/cc", "*b"), micromatch.some(["a.js"], "*.md"));
console.log(micromatch.every(["a.js", "b.js"], "*.js"), micromatch.all("foo.js", ["*.js", "f*"]), micromatch.matchKeys({ "a.md": 1, "b.js": 2 }, "*.js"));
console.log(micromatch.capture("test/*.js", "test/foo.js"), micromatch.makeRe("a/{b,c}/*.js"), micromatch.braces("a/{x,y,z}.js", { expand: true }));
console.log(micromatch.braceExpand("{1..5}"), micromatch(["a1", "a2", "a10"], "a[0-9]"), micromatch(["abc", "abd"], "ab!(c)"), micromatch.scan("a/**/*.js").base);
