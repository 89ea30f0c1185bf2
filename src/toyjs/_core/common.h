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

// Where a script or module came from: its name in stacks, whether it is an ES module, and
// where its text starts in that file (vm's lineOffset, columnOffset).
// (V8 12 dropped the Isolate* argument of ScriptOrigin.)
inline v8::ScriptOrigin script_origin(v8::Isolate* isolate, v8::Local<v8::Value> name, bool is_module = false,
                                      int line_offset = 0, int column_offset = 0) {
#if V8_MAJOR_VERSION >= 12
  (void)isolate;
  return v8::ScriptOrigin(name, line_offset, column_offset, false, -1, v8::Local<v8::Value>(), false, false,
                          is_module);
#else
  return v8::ScriptOrigin(isolate, name, line_offset, column_offset, false, -1, v8::Local<v8::Value>(), false,
                          false, is_module);
#endif
}

// UTF-8 text of any JS value (for messages; lossy only for lone surrogates).
std::string utf8(v8::Isolate* isolate, v8::Local<v8::Value> value);

// Thrown in C++ when a JS exception is pending in the current TryCatch (a getter threw
// during conversion, say). The innermost caller that owns the TryCatch turns it into JSError.
struct JsThrew {};

}  // namespace toyjs
