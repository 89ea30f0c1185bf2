// node:_stream_readable, the old name of stream.Readable.
"use strict";
module.exports = require("stream").Readable;
