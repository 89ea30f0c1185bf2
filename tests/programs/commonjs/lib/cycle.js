// Required while lib/index.js is half done: it sees the exports made so far.
exports.sawName = require("./index").name;
