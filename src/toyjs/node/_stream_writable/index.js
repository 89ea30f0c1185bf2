// node:_stream_writable, the old name of stream.Writable.
"use strict";
module.exports = require("stream").Writable;
