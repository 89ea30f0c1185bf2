// Messages between isolates (Workers): a JS value serialized in one context, held by Python
// while it crosses threads, and deserialized in another context when converted to JS.
#pragma once

#include "common.h"

#include <memory>

namespace toyjs {

struct ContextCore;
struct SerializedValue;

struct Message {
  std::shared_ptr<SerializedValue> value;  // null once delivered
};

bool is_message(PyObject* object);

// The message's value in ctx's context (to_js calls this). Raises ValueError if it was
// already delivered; a JsThrew when V8 cannot rebuild it.
v8::Local<v8::Value> deliver_message(const std::shared_ptr<ContextCore>& ctx, nb::handle message);

// A JS function (value, transfer, key) that serializes value and calls sink(Message, key).
nb::object message_function(const std::shared_ptr<ContextCore>& ctx, nb::handle sink);

void bind_messages(nb::module_& m);

}  // namespace toyjs
