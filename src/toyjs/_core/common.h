// Shared includes and small helpers for the native core.
#pragma once

#include <libplatform/libplatform.h>
#include <nanobind/nanobind.h>
#include <nanobind/stl/string.h>
#include <v8.h>

#include <string>

namespace nb = nanobind;

namespace toyjs {

// A V8 string from UTF-8 text (for names and messages made in C++).
inline v8::Local<v8::String> v8_str(v8::Isolate* isolate, const char* text) {
  return v8::String::NewFromUtf8(isolate, text).ToLocalChecked();
}

// UTF-8 text of any JS value (for messages; lossy only for lone surrogates).
std::string utf8(v8::Isolate* isolate, v8::Local<v8::Value> value);

// Thrown in C++ when a JS exception is pending in the current TryCatch (a getter threw
// during conversion, say). The innermost caller that owns the TryCatch turns it into JSError.
struct JsThrew {};

}  // namespace toyjs
