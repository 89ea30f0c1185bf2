// node:_stream_duplex, the old name of stream.Duplex.
"use strict";
module.exports = require("stream").Duplex;
