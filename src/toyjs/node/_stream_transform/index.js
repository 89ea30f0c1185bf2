// node:_stream_transform, the old name of stream.Transform.
"use strict";
module.exports = require("stream").Transform;
