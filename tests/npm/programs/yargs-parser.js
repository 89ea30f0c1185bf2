// yargs-parser's README: argument lists parsed with types, aliases and configuration.
const parser = require("yargs-parser");

console.log(parser(["--foo=99", "--bar", "33", "-xyz", "positional"]));
console.log(parser("--foo=99 --bar=9987930 --no-cool -n 3 'quoted arg'"));
console.log(parser(["-f", "1", "--list", "a", "b", "--", "--not-an-option"], { alias: { file: ["f"] }, array: ["list"], configuration: { "populate--": true } }));
console.log(parser(["--count", "--count", "-v", "-v", "-v", "--name", "007", "--dot.path", "x"], { count: ["v"], string: ["name"], boolean: ["count"] }));
console.log(parser.detailed(["--a", "--no-b", "--c-d", "e"], { default: { z: 1 }, coerce: { c: (v) => v }, configuration: { "camel-case-expansion": true } }));
console.log(parser(["--number", "0x10", "--big", "12345678901234567890"], { number: ["number"] }), parser.decamelize("fooBar"), parser.camelCase("foo-bar"));
