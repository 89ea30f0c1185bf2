// PassThrough: a Transform that gives out what it is given.
"use strict";
const { FunctionPrototypeCall, ObjectSetPrototypeOf } = core.primordials;
const { Transform } = require("internal/streams/transform");

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  FunctionPrototypeCall(Transform, this, options);
}
ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
ObjectSetPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, callback) {
  callback(null, chunk);
};

module.exports = { PassThrough };
