// TypeScript that does not erase: the SyntaxError Node 24 gives, from import() and require().
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const files = [
  "enum.ts", "namespace.ts", "parameter_property.ts", "import_equals.ts", "export_assignment.ts",
  "angle_bracket.ts", "module_keyword.ts", "const_enum.cts", "invalid.mts",
];
for (const file of files) {
  try {
    await import(`./unsupported/${file}`);
    console.log(file, "loaded");
  } catch (error) {
    console.log(file, error.name, error.code, error instanceof SyntaxError, error.code === "ERR_INVALID_TYPESCRIPT_SYNTAX" ? "" : error.message);
  }
}
try {
  require("./unsupported/parameter_property.ts");
} catch (error) {
  console.log("require", error.name, error.code, error.message);
}
