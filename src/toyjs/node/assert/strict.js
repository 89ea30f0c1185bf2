// node:assert/strict: assert in strict mode (equal is strictEqual, deepEqual deepStrictEqual...).
"use strict";
module.exports = require("assert").strict;
