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
// serializer's bytes, the backing stores of the ArrayBuffers it transferred and those of the
// SharedArrayBuffers it holds (their memory is shared, as HTML's StructuredSerialize does it).
// Holds no V8 handle, so it may cross threads.
struct SerializedValue {
  std::unique_ptr<uint8_t, void (*)(void*)> data{nullptr, std::free};
  std::size_t size = 0;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred;
  std::vector<std::shared_ptr<v8::BackingStore>> shared;
};

// An ArrayBuffer whose memory backs objects beyond itself (Buffer's pool, the pieces of the
// sockets' read slab, an ArrayBuffer a program gave to worker_threads' markAsUntransferable):
// a transfer list naming it copies it instead of detaching it, as node 20 does.
void mark_untransferable(v8::Local<v8::Context> context, v8::Local<v8::ArrayBuffer> buffer);
bool is_untransferable(v8::Local<v8::Context> context, v8::Local<v8::ArrayBuffer> buffer);

// Serializes `value` in `context` into `out`, transferring the ArrayBuffers listed in
// `transfer` (an array, or undefined/null; they are detached, the untransferable ones
// copied). Returns false with an exception pending when it cannot: a value that cannot be
// cloned throws an Error named "DataCloneError". (Platform objects are ordinary objects here:
// see structured_clone.)
bool serialize_value(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     v8::Local<v8::Value> transfer, SerializedValue& out);

// The value `serialized` holds, made in `context`; empty with an exception pending on failure.
// Deserializing moves the transferred backing stores out: do it once.
v8::MaybeLocal<v8::Value> deserialize_value(v8::Local<v8::Context> context, SerializedValue& serialized);

// structuredClone: serialize, then deserialize in the same context. `platform` tells how the
// web APIs' platform objects (a Blob, a URL: instances of the runtime's JS classes) are cloned,
// as the runtime's JS describes them (web/structured_clone): an array [prototypes, clone],
// `prototypes` a Map from an interface's prototype object to the interface's number, and
// `clone(object, number)` the object's copy, undefined when the object only inherits from the
// prototype (an ordinary object), or a DataCloneError thrown when it is not serializable.
// The copies are made while serializing: V8 runs no JS while it deserializes. (V8 lets an
// embedder choose its host objects from V8 12 on; before that, platform objects clone as
// ordinary objects.)
v8::MaybeLocal<v8::Value> structured_clone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                           v8::Local<v8::Value> transfer, v8::Local<v8::Value> platform);

}  // namespace toyjs
