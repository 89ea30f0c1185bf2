// Value conversion between JS and Python. Both directions need the GIL and the isolate held.
#pragma once

#include "common.h"

#include <memory>
#include <string>

namespace toyjs {

struct ContextCore;

// The toyjs.undefined singleton (made by main.cpp at import).
nb::handle undefined_object();
void set_undefined_object(nb::handle undefined);

// text: a str. Internalized strings suit property keys (V8 would internalize them anyway).
v8::Local<v8::String> js_string(v8::Isolate* isolate, PyObject* text,
                                v8::NewStringType type = v8::NewStringType::kNormal);
nb::object py_string(v8::Isolate* isolate, v8::Local<v8::String> text);

// JS -> Python: primitives by value, arrays and plain objects as deep copies (unless they
// hold a cycle or nest too deep: then a live JSObject), everything else as a handle.
// Throws JsThrew when a getter throws.
nb::object to_python(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::Value> value);

// Python -> JS. `what` (and `index`, when >= 0) name the value in errors: ("argument", 1)
// gives "argument 1". Raises TypeError naming the type and its place for unconvertible values,
// and JSError (or TerminatedError, HeapLimitError) when JS threw while the value was made.
v8::Local<v8::Value> to_js(const std::shared_ptr<ContextCore>& ctx, nb::handle value,
                           const char* what, long index = -1);

// A JS function that calls a Python callable (functions.cpp): by default a trampoline that
// converts the arguments; `callback` replaces it (the callable is a PyRef in its data).
v8::Local<v8::Function> make_function(const std::shared_ptr<ContextCore>& ctx, nb::handle callable,
                                      v8::Local<v8::String> name,
                                      v8::FunctionCallback callback = nullptr);

}  // namespace toyjs
