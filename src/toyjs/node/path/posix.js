// node:path/posix: the POSIX flavour of node:path (the same object as path.posix).
"use strict";
module.exports = require("path").posix;
