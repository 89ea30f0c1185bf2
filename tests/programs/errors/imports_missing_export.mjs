// Linking fails: node shows the import with no blank line above the SyntaxError.
import { a, nope } from "./exports_a.mjs";
console.log(a, nope);
