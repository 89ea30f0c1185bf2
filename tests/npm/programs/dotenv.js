// dotenv's README: .env text parsed, and a file loaded into an object of one's own.
const dotenv = require("dotenv");
const path = require("path");

const parsed = dotenv.parse(Buffer.from("BASIC=basic\n# comment\nQUOTED='single #not a comment'\nDOUBLE=\"line\\nbreak\"\nEMPTY=\nexport EXPORTED=yes\nSPACED =  trimmed  \nMULTI=\"a\nb\"\n"));
console.log(parsed);
const target = {};
const result = dotenv.config({ path: path.join(__dirname, "fixtures", "app.env"), processEnv: target });
console.log(result.parsed, target);
const missing = dotenv.config({ path: path.join(__dirname, "fixtures", "missing.env"), processEnv: {} });
console.log(missing.error && missing.error.code);
const expanded = {};
dotenv.populate(expanded, { A: "1" });
dotenv.populate(expanded, { A: "2", B: "3" });
console.log(expanded);
