// typescript's README (the compiler API): transpiling a module, and type-checking a program
// held in memory with its diagnostics.
const ts = require("typescript");

const source = `
enum Color { Red, Green = "g" }
interface Point { x: number; y?: number }
export const origin: Point = { x: 0 };
export class Box<T> {
  constructor(private readonly value: T) {}
  map<U>(f: (v: T) => U): Box<U> { return new Box(f(this.value)); }
}
export default async function main(p: Point = origin): Promise<string> { return \`\${p.x}\${Color.Green}\`; }
`;
const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 } });
console.log(out.outputText);
const esm = ts.transpileModule("const n: number = 1 as any; export { n };", { compilerOptions: { module: ts.ModuleKind.ESNext } });
console.log(esm.outputText);

const files = {
  "main.ts": "import { add } from './lib';\nconst s: string = add(1, 2);\nadd('x', 2);\n",
  "lib.ts": "export function add(a: number, b: number): number { return a + b; }\n",
};
const options = { noEmit: true, strict: true, noLib: true, types: [] };
const host = ts.createCompilerHost(options);
// Files by their base name: the compiler asks for them by absolute path.
const text = (name) => files[name.replace(/^.*\//, "")];
host.getSourceFile = (name, version) => (text(name) === undefined ? undefined : ts.createSourceFile(name.replace(/^.*\//, ""), text(name), version));
host.fileExists = (name) => text(name) !== undefined;
host.readFile = text;
const program = ts.createProgram(["main.ts"], options, host);
const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file);
for (const d of diagnostics) {
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  console.log(`${d.file.fileName} (${line + 1},${character + 1}): TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}
const sf = ts.createSourceFile("x.ts", "let a = 1 + f(2);", ts.ScriptTarget.Latest);
const kinds = [];
(function walk(node) {
  kinds.push(ts.SyntaxKind[node.kind]);
  ts.forEachChild(node, walk);
})(sf);
console.log(kinds.join(" "), ts.version.split(".")[0]);
