// postcss's README (the API): parsing CSS, walking and changing the tree with a plugin, and
// printing it back with a source map.
const postcss = require("postcss");

const css = `a { color: red; margin: 0 }\n@media (min-width: 10px) { .b { color: blue } }\n/* note */\n.c { display: flex }\n`;
const prefix = {
  postcssPlugin: "prefix-flex",
  Declaration: {
    display: (decl) => {
      if (decl.value === "flex" && !decl.prev()?.value?.startsWith("-webkit")) decl.cloneBefore({ value: "-webkit-box" });
    },
  },
};
const upper = () => ({ postcssPlugin: "upper-colors", Declaration(decl) { if (decl.prop === "color") decl.value = decl.value.toUpperCase(); } });
upper.postcss = true;
postcss([prefix, upper])
  .process(css, { from: "in.css", to: "out.css", map: { inline: false } })
  .then((result) => {
    console.log(result.css);
    console.log(JSON.parse(result.map.toString()).mappings.length > 0, result.messages, result.opts.to);
    const root = postcss.parse(css);
    root.walkRules((rule) => console.log("rule", rule.selector, rule.nodes.length, rule.source.start));
    root.walkAtRules((at) => console.log("at-rule", at.name, at.params));
    root.walkComments((c) => console.log("comment", c.text));
    root.append({ selector: "d" }).last.append({ prop: "z-index", value: "1" });
    console.log(root.toString().split("\n").slice(-1)[0], root.nodes.length);
    try {
      postcss.parse("a { color: red");
    } catch (error) {
      console.log(error.name, error.reason, error.line, error.column);
    }
  });
