// structuredClone on V8's ValueSerializer. Kept free of nanobind: clone.cpp derives from a
// V8 interface and is compiled without RTTI, as libnode is.
#pragma once

#include <v8.h>

namespace toyjs {

// Serializes and deserializes `value` in `context`, transferring the ArrayBuffers listed in
// `transfer` (they are detached). A value that cannot be cloned throws an Error named
// "DataCloneError"; the result is empty when an exception is pending.
v8::MaybeLocal<v8::Value> structured_clone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                           v8::Local<v8::Value> transfer);

}  // namespace toyjs
