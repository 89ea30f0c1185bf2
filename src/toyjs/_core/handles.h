// Handles: Python objects that keep a JS value alive (a v8::Global) until Python drops them
// or their context closes. JSObject is a live proxy; JSFunction is callable; JSPromise
// exposes its state.
#pragma once

#include "common.h"

#include <memory>

namespace toyjs {

struct ContextCore;

struct JSObject {
  JSObject(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::Value> value,
           v8::Local<v8::Value> receiver);
  JSObject(JSObject&& other) noexcept;
  ~JSObject();
  JSObject(const JSObject&) = delete;

  std::shared_ptr<ContextCore> ctx;
  v8::Global<v8::Value>* value = nullptr;
  v8::Global<v8::Value>* receiver = nullptr;  // `this` for a method read off an object

  // The JS value, after checking the handle is still open (raises ClosedError).
  v8::Local<v8::Value> get(v8::Isolate* isolate) const;
};

struct JSFunction : JSObject {
  using JSObject::JSObject;
};
struct JSPromise : JSObject {
  using JSObject::JSObject;
};

// The right handle class for a JS value.
nb::object wrap_handle(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::Value> value,
                       v8::Local<v8::Value> receiver = v8::Local<v8::Value>());

bool is_handle(PyObject* object);

// The JS value of a handle passed back into `ctx`: ValueError if it belongs to another
// isolate, ClosedError if its context closed.
v8::Local<v8::Value> handle_value(nb::handle handle, const std::shared_ptr<ContextCore>& ctx);

void bind_handles(nb::module_& m);

}  // namespace toyjs
