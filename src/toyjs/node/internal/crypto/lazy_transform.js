// The stream base of Hash, Hmac, Cipheriv and Decipheriv: a stream.Transform whose stream
// state is made the first time anything asks for it. A hash used only through update() and
// digest() (the common case) never pays for the stream machinery.
"use strict";
const { FunctionPrototypeCall, ObjectDefineProperty, ObjectSetPrototypeOf } = core.primordials;
const { Transform } = require("stream");

function LazyTransform(options) {
  this._options = options;
}
ObjectSetPrototypeOf(LazyTransform.prototype, Transform.prototype);
ObjectSetPrototypeOf(LazyTransform, Transform);

// Reading one of these sets the stream up (Transform's constructor makes them own properties,
// which hide these accessors from then on).
for (const name of ["_readableState", "_writableState"]) {
  ObjectDefineProperty(LazyTransform.prototype, name, {
    get() {
      FunctionPrototypeCall(Transform, this, this._options);
      return this[name];
    },
    set(value) {
      ObjectDefineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    },
    configurable: true,
  });
}

module.exports = { LazyTransform };
