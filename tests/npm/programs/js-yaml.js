// js-yaml's README: YAML loaded and dumped, with errors and schemas.
const yaml = require("js-yaml");

const doc = yaml.load(`
greeting: hello
numbers: [1, 2.5, 0x1F, .inf]
nested:
  list:
    - a
    - b: c
  multi: |
    line one
    line two
anchors:
  base: &base { x: 1 }
  copy: *base
date: 2001-12-14t21:59:43.10-05:00
nothing: ~
yes: yes
`);
console.log(doc);
console.log(yaml.dump(doc));
console.log(yaml.loadAll("--- 1\n--- two\n---\n[3]\n"), yaml.dump({ a: "multi\nline", b: [1, { c: null }], "key with space": true }, { sortKeys: true, indent: 4 }));
try {
  yaml.load("key: [unclosed");
} catch (error) {
  console.log(error.name, error.message);
}
try {
  yaml.load("!!js/function 'function () {}'");
} catch (error) {
  console.log(error.name, error.reason);
}
console.log(yaml.load("x: 012", { schema: yaml.JSON_SCHEMA }), yaml.dump("string", { flowLevel: 0 }), yaml.load('{"json": true}'));
