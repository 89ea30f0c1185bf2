// Structured clone on V8's ValueSerializer. Kept free of nanobind: clone.cpp derives from a
// V8 interface and is compiled without RTTI, as libnode is.
#pragma once

#include <v8.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace toyjs {

// A value serialized in one isolate, to be deserialized in another (or the same) one: the
// serializer's bytes and the backing stores of the ArrayBuffers it transferred. Holds no V8
// handle, so it may cross threads.
struct SerializedValue {
  std::unique_ptr<uint8_t, void (*)(void*)> data{nullptr, std::free};
  std::size_t size = 0;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred;
};

// Serializes `value` in `context` into `out`, transferring the ArrayBuffers listed in
// `transfer` (an array, or undefined/null; they are detached). Returns false with an exception
// pending when it cannot: a value that cannot be cloned throws an Error named
// "DataCloneError".
bool serialize_value(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     v8::Local<v8::Value> transfer, SerializedValue& out);

// The value `serialized` holds, made in `context`; empty with an exception pending on failure.
// Deserializing moves the transferred backing stores out: do it once.
v8::MaybeLocal<v8::Value> deserialize_value(v8::Local<v8::Context> context, SerializedValue& serialized);

// structuredClone: serialize, then deserialize in the same context.
v8::MaybeLocal<v8::Value> structured_clone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                           v8::Local<v8::Value> transfer);

}  // namespace toyjs
