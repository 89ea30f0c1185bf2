// Context.message_function(sink): a JS function (value, transfer, key) that serializes value
// (moving the ArrayBuffers in transfer) and hands the Message to Python as sink(message, key).
#include "messages.h"

#include "clone.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "handles.h"

namespace toyjs {

namespace {

nb::handle message_type;

void post_message(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto serialized = std::make_shared<SerializedValue>();
  if (!serialize_value(context, info[0], info[1], *serialized)) return;  // with the GIL released
  auto* ref = static_cast<PyRef*>(info.Data().As<v8::External>()->Value());
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(context);
  if (!ctx) return;
  try {
    nb::object message = nb::cast(Message{std::move(serialized)});
    nb::object key = to_python(ctx, info[2]);
    nb::handle(ref->object)(message, key);
  } catch (JsThrew&) {
    // the JS exception is already pending
  } catch (nb::python_error& error) {
    error.restore();
    throw_python_error_into_js(ctx);
  }
}

}  // namespace

nb::object message_function(const std::shared_ptr<ContextCore>& ctx, nb::handle sink) {
  CallScope scope(ctx);
  v8::Local<v8::Function> function = make_function(
      ctx, sink, v8::String::NewFromUtf8Literal(scope.isolate(), "postMessage"), post_message);
  return wrap_handle(ctx, function);
}

bool is_message(PyObject* object) {
  return message_type.is_valid() && PyObject_TypeCheck(object, reinterpret_cast<PyTypeObject*>(message_type.ptr()));
}

v8::Local<v8::Value> deliver_message(const std::shared_ptr<ContextCore>& ctx, nb::handle message) {
  Message& held = nb::cast<Message&>(message);
  if (!held.value) {
    PyErr_SetString(PyExc_ValueError, "the message was already delivered");
    throw nb::python_error();
  }
  std::shared_ptr<SerializedValue> value = std::move(held.value);
  v8::Local<v8::Value> result;
  if (!deserialize_value(ctx->iso->isolate->GetCurrentContext(), *value).ToLocal(&result)) throw JsThrew();
  return result;
}

void bind_messages(nb::module_& m) {
  message_type = nb::class_<Message>(
      m, "Message",
      "A JS value serialized for another isolate (a Worker's message). Passing it to JS "
      "deserializes it there, once; ArrayBuffers it transferred move with it.")
      .def_prop_ro("delivered", [](Message& self) { return !self.value; })
      .def("__repr__", [](Message& self) {
        return std::string("<toyjs.Message ") + (self.value ? "pending" : "delivered") + ">";
      });
}

}  // namespace toyjs
