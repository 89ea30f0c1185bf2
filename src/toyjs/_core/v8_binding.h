// What node:v8 needs from V8 itself: serializer and deserializer classes over V8's
// ValueSerializer/ValueDeserializer whose delegates call back into JS, and the heap's figures.
// Kept free of nanobind: v8_binding.cpp derives from V8 interfaces and is compiled without
// RTTI, as libnode is.
#pragma once

#include <v8.h>

namespace toyjs {

// A JS function `v8Binding()` returning a new object with:
//   Serializer(owner), Deserializer(owner, view): native handles, one per node:v8 object
//     (`owner`, whose _writeHostObject, _readHostObject, _getDataCloneError and
//     _getSharedArrayBufferId the delegates call);
//   heapStatistics(), heapSpaceStatistics(), heapCodeStatistics(), cachedDataVersionTag().
void v8_binding(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace toyjs
