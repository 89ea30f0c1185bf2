// node:dns/promises: the promise forms of node:dns.
"use strict";
module.exports = require("dns").promises;
