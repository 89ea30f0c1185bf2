// escape-string-regexp 4's README.
const escapeStringRegexp = require("escape-string-regexp");

const escapedString = escapeStringRegexp("How much $ for a 🦄?");
console.log(escapedString);
console.log(new RegExp(escapedString).test("How much $ for a 🦄?"), escapeStringRegexp("a-b|c{d}(e)[f]^g\\h"));
try {
  escapeStringRegexp(1);
} catch (error) {
  console.log(error.name, error.message);
}
