// acorn's README: JavaScript parsed into an ESTree AST; tokens; a syntax error's position.
const acorn = require("acorn");

const ast = acorn.parse("const answer = 6 * 7; export default async () => answer ?? 0;", { ecmaVersion: 2020, sourceType: "module" });
console.log(JSON.stringify(ast));
const tokens = [...acorn.tokenizer("let x = `a${1}` // c", { ecmaVersion: "latest" })].map((t) => t.type.label + ":" + (t.value === undefined ? "" : t.value));
console.log(tokens);
const located = acorn.parse("a\n.b", { ecmaVersion: 5, locations: true });
console.log(located.body[0].expression.loc.end, acorn.parseExpressionAt("x + 1; ignored", 0, { ecmaVersion: 2020 }).end);
try {
  acorn.parse("let = ;\nfoo(", { ecmaVersion: 2020 });
} catch (error) {
  console.log(error.name, error.message, error.pos, error.loc);
}
console.log(acorn.version, typeof acorn.Parser.extend, acorn.isIdentifierStart(36), acorn.isIdentifierChar(0x2d));
