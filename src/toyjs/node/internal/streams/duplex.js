// Duplex: a Readable that is also a Writable (its prototype chain goes through Readable; the
// Writable methods are copied onto it). With `allowHalfOpen: false` the writable side ends
// once the readable side has ended.
"use strict";
const {
  ArrayPrototypeIncludes, FunctionPrototypeCall, ObjectDefineProperties, ObjectDefineProperty, ObjectKeys,
  ObjectSetPrototypeOf,
} = core.primordials;
const { Readable } = require("internal/streams/readable");
const { Writable, writableProperties } = require("internal/streams/writable");

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  FunctionPrototypeCall(Readable, this, options);
  FunctionPrototypeCall(Writable, this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const state = this._readableState;
      state.readable = false;
      state.ended = true;
      state.endEmitted = true;
    }
    if (options.writable === false) {
      const state = this._writableState;
      state.writable = false;
      state.ending = true;
      state.ended = true;
      state.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

{
  const methods = ObjectKeys(Writable.prototype);
  for (let i = 0; i < methods.length; i++) {
    const name = methods[i];
    if (!Duplex.prototype[name]) Duplex.prototype[name] = Writable.prototype[name];
  }
  // The getters of the writable side; those both sides have stay Readable's.
  const shared = ["destroyed", "closed", "errored"];
  const getters = ObjectKeys(writableProperties);
  for (let i = 0; i < getters.length; i++) {
    if (!ArrayPrototypeIncludes(shared, getters[i])) ObjectDefineProperty(Duplex.prototype, getters[i], writableProperties[getters[i]]);
  }
}

ObjectDefineProperties(Duplex.prototype, {
  destroyed: {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    configurable: true,
  },
});

Duplex.from = function from(body) {
  return require("internal/streams/duplexify").duplexify(body, "body");
};

module.exports = { Duplex };
