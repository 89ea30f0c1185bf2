#include "handles.h"

#include "context.h"
#include "convert.h"
#include "errors.h"

#include <functional>
#include <vector>

namespace toyjs {

namespace {

nb::handle object_type, function_type, promise_type;

v8::Local<v8::Value> property_key(v8::Isolate* isolate, nb::handle key) {
  if (PyUnicode_Check(key.ptr())) return js_string(isolate, key.ptr());
  if (PyLong_Check(key.ptr()) && !PyBool_Check(key.ptr())) {
    long long index = PyLong_AsLongLong(key.ptr());
    if (index == -1 && PyErr_Occurred()) throw nb::python_error();
    return v8::Number::New(isolate, static_cast<double>(index));
  }
  raise_error(ErrorKind::type, std::string("JS property keys are str or int, not ") +
                                   Py_TYPE(key.ptr())->tp_name);
}

[[noreturn]] void raise_key_error(nb::handle key) {
  PyErr_SetObject(PyExc_KeyError, key.ptr());
  throw nb::python_error();
}

[[noreturn]] void raise_attribute_error(const std::string& name) {
  PyErr_SetString(PyExc_AttributeError,
                  ("JS object has no property '" + name + "'").c_str());
  throw nb::python_error();
}

// Convert a property read off `holder`: functions keep `holder` as their `this`.
nb::object read_result(CallScope& scope, v8::TryCatch& try_catch, v8::Local<v8::Value> value,
                       v8::Local<v8::Value> holder) {
  if (value->IsFunction()) return wrap_handle(scope.ctx(), value, holder);
  try {
    return to_python(scope.ctx(), value);
  } catch (JsThrew&) {
    scope.raise_from_js_here(try_catch);
  }
}

nb::object convert_result(CallScope& scope, v8::TryCatch& try_catch, v8::Local<v8::Value> value) {
  try {
    return to_python(scope.ctx(), value);
  } catch (JsThrew&) {
    scope.raise_from_js_here(try_catch);
  }
}

// Most operations: enter, take the value as an object, run `body`.
template <class F>
auto with_object(JSObject& self, const char* what, F&& body) {
  CallScope scope(self.ctx);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::Value> value = self.get(scope.isolate());
  if (!value->IsObject()) {
    raise_error(ErrorKind::type, std::string("a JS ") +
                                     (value->IsSymbol() ? "symbol" : "primitive") +
                                     " does not support " + what);
  }
  return body(scope, try_catch, value.As<v8::Object>());
}

nb::object get_item(JSObject& self, nb::handle key) {
  return with_object(self, "item access", [&](CallScope& s, v8::TryCatch& tc,
                                               v8::Local<v8::Object> object) -> nb::object {
    v8::Local<v8::Context> c = s.context();
    if (object->IsMap()) {
      auto map = object.As<v8::Map>();
      v8::Local<v8::Value> js_key = to_js(s.ctx(), key, "key");
      if (!s.run_maybe(tc, [&] { return map->Has(c, js_key); })) raise_key_error(key);
      return read_result(s, tc, s.run(tc, [&] { return map->Get(c, js_key); }), object);
    }
    v8::Local<v8::Value> js_key = property_key(s.isolate(), key);
    if (!s.run_maybe(tc, [&] { return object->Has(c, js_key); })) raise_key_error(key);
    return read_result(s, tc, s.run(tc, [&] { return object->Get(c, js_key); }), object);
  });
}

void set_item(JSObject& self, nb::handle key, nb::handle item) {
  with_object(self, "item assignment", [&](CallScope& s, v8::TryCatch& tc,
                                            v8::Local<v8::Object> object) {
    v8::Local<v8::Context> c = s.context();
    v8::Local<v8::Value> js_item = to_js(s.ctx(), item, "value");
    if (object->IsMap()) {
      v8::Local<v8::Value> js_key = to_js(s.ctx(), key, "key");
      s.run(tc, [&] { return object.As<v8::Map>()->Set(c, js_key, js_item); });
      return;
    }
    v8::Local<v8::Value> js_key = property_key(s.isolate(), key);
    s.run_maybe(tc, [&] { return object->Set(c, js_key, js_item); });
  });
}

void del_item(JSObject& self, nb::handle key) {
  with_object(self, "item deletion", [&](CallScope& s, v8::TryCatch& tc,
                                          v8::Local<v8::Object> object) {
    v8::Local<v8::Context> c = s.context();
    if (object->IsMap()) {
      v8::Local<v8::Value> js_key = to_js(s.ctx(), key, "key");
      if (!s.run_maybe(tc, [&] { return object.As<v8::Map>()->Delete(c, js_key); })) {
        raise_key_error(key);
      }
      return;
    }
    v8::Local<v8::Value> js_key = property_key(s.isolate(), key);
    if (!s.run_maybe(tc, [&] { return object->HasOwnProperty(c, js_key.As<v8::Name>()); }) &&
        !js_key->IsNumber()) {
      raise_key_error(key);
    }
    if (!s.run_maybe(tc, [&] { return object->Delete(c, js_key); })) {
      raise_error(ErrorKind::type, "the JS property cannot be deleted");
    }
  });
}

bool contains(JSObject& self, nb::handle key) {
  return with_object(self, "'in'", [&](CallScope& s, v8::TryCatch& tc,
                                       v8::Local<v8::Object> object) -> bool {
    v8::Local<v8::Context> c = s.context();
    if (object->IsMap() || object->IsSet()) {
      v8::Local<v8::Value> js_key = to_js(s.ctx(), key, "key");
      return object->IsMap() ? s.run_maybe(tc, [&] { return object.As<v8::Map>()->Has(c, js_key); })
                             : s.run_maybe(tc, [&] { return object.As<v8::Set>()->Has(c, js_key); });
    }
    if (!PyUnicode_Check(key.ptr()) && !PyLong_Check(key.ptr())) return false;
    v8::Local<v8::Value> js_key = property_key(s.isolate(), key);
    return s.run_maybe(tc, [&] { return object->Has(c, js_key); });
  });
}

nb::object get_attr(JSObject& self, const std::string& name) {
  if (name.rfind("__", 0) == 0) raise_attribute_error(name);
  return with_object(self, "attribute access", [&](CallScope& s, v8::TryCatch& tc,
                                                    v8::Local<v8::Object> object) -> nb::object {
    v8::Local<v8::Context> c = s.context();
    v8::Local<v8::String> key = v8_str(s.isolate(), name.c_str());
    if (!s.run_maybe(tc, [&] { return object->Has(c, key); })) raise_attribute_error(name);
    return read_result(s, tc, s.run(tc, [&] { return object->Get(c, key); }), object);
  });
}

void set_attr(JSObject& self, const std::string& name, nb::handle item) {
  with_object(self, "attribute assignment", [&](CallScope& s, v8::TryCatch& tc,
                                                 v8::Local<v8::Object> object) {
    v8::Local<v8::Value> js_item = to_js(s.ctx(), item, "value");
    v8::Local<v8::String> key = v8_str(s.isolate(), name.c_str());
    s.run_maybe(tc, [&] { return object->Set(s.context(), key, js_item); });
  });
}

void del_attr(JSObject& self, const std::string& name) {
  with_object(self, "attribute deletion", [&](CallScope& s, v8::TryCatch& tc,
                                               v8::Local<v8::Object> object) {
    v8::Local<v8::String> key = v8_str(s.isolate(), name.c_str());
    if (!s.run_maybe(tc, [&] { return object->HasOwnProperty(s.context(), key); })) {
      raise_attribute_error(name);
    }
    s.run_maybe(tc, [&] { return object->Delete(s.context(), key); });
  });
}

// Keys of a Map, values of a Set, own enumerable string keys of anything else.
nb::list keys(JSObject& self) {
  return with_object(self, "keys()", [&](CallScope& s, v8::TryCatch& tc,
                                          v8::Local<v8::Object> object) -> nb::list {
    v8::Local<v8::Context> c = s.context();
    nb::list result;
    if (object->IsMap() || object->IsSet()) {
      v8::Local<v8::Array> flat = object->IsMap() ? object.As<v8::Map>()->AsArray()
                                                  : object.As<v8::Set>()->AsArray();
      uint32_t step = object->IsMap() ? 2 : 1;
      for (uint32_t i = 0; i < flat->Length(); i += step) {
        result.append(convert_result(s, tc, s.run(tc, [&] { return flat->Get(c, i); })));
      }
      return result;
    }
    v8::Local<v8::Array> names = s.run(tc, [&] {
      return object->GetOwnPropertyNames(c, static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS),
                                         v8::KeyConversionMode::kConvertToString);
    });
    for (uint32_t i = 0; i < names->Length(); ++i) {
      result.append(convert_result(s, tc, s.run(tc, [&] { return names->Get(c, i); })));
    }
    return result;
  });
}

size_t length(JSObject& self) {
  return with_object(self, "len()", [&](CallScope& s, v8::TryCatch& tc,
                                         v8::Local<v8::Object> object) -> size_t {
    if (object->IsMap()) return object.As<v8::Map>()->Size();
    if (object->IsSet()) return object.As<v8::Set>()->Size();
    v8::Local<v8::Value> size =
        s.run(tc, [&] { return object->Get(s.context(), v8_str(s.isolate(), "length")); });
    if (!size->IsNumber() || size.As<v8::Number>()->Value() < 0) {
      raise_error(ErrorKind::type, "the JS object has no length");
    }
    return static_cast<size_t>(size.As<v8::Number>()->Value());
  });
}

// A Python iterator over a JS iterator (Symbol.iterator), driven one next() at a time.
struct JSIterator {
  nb::object iterator;  // a JSObject handle of the JS iterator
  nb::object next() {
    JSObject& it = nb::cast<JSObject&>(iterator);
    return with_object(it, "iteration", [&](CallScope& s, v8::TryCatch& tc,
                                            v8::Local<v8::Object> object) -> nb::object {
      v8::Local<v8::Context> c = s.context();
      v8::Local<v8::Value> next = s.run(tc, [&] { return object->Get(c, v8_str(s.isolate(), "next")); });
      if (!next->IsFunction()) raise_error(ErrorKind::type, "the JS iterator has no next()");
      v8::Local<v8::Value> step = s.run(tc, [&] { return next.As<v8::Function>()->Call(c, object, 0, nullptr); });
      if (!step->IsObject()) raise_error(ErrorKind::type, "the JS iterator's next() returned a non-object");
      auto step_object = step.As<v8::Object>();
      v8::Local<v8::Value> done = s.run(tc, [&] { return step_object->Get(c, v8_str(s.isolate(), "done")); });
      if (done->BooleanValue(s.isolate())) {
        PyErr_SetNone(PyExc_StopIteration);
        throw nb::python_error();
      }
      return convert_result(s, tc, s.run(tc, [&] { return step_object->Get(c, v8_str(s.isolate(), "value")); }));
    });
  }
};

nb::object iterate(JSObject& self) {
  nb::object iterator = with_object(self, "iteration", [&](CallScope& s, v8::TryCatch& tc,
                                                          v8::Local<v8::Object> object) -> nb::object {
    v8::Local<v8::Context> c = s.context();
    v8::Local<v8::Value> method =
        s.run(tc, [&] { return object->Get(c, v8::Symbol::GetIterator(s.isolate())); });
    if (!method->IsFunction()) return nb::none();
    v8::Local<v8::Value> it = s.run(tc, [&] { return method.As<v8::Function>()->Call(c, object, 0, nullptr); });
    if (!it->IsObject()) raise_error(ErrorKind::type, "Symbol.iterator returned a non-object");
    return nb::cast(JSObject(s.ctx(), it, v8::Local<v8::Value>()));
  });
  if (iterator.is_none()) return nb::iter(keys(self));  // a plain record: iterate its keys
  return nb::cast(JSIterator{iterator});
}

nb::object call_function(JSFunction& self, nb::handle this_py, PyObject* const* args, size_t argc,
                         bool construct, bool as_handle = false) {
  CallScope scope(self.ctx);
  v8::Isolate* isolate = scope.isolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> fn = self.get(isolate);
  v8::Local<v8::Value> receiver;
  if (this_py.is_valid()) {
    receiver = to_js(scope.ctx(), this_py, "this");
  } else if (self.receiver) {
    receiver = self.receiver->Get(isolate);
  } else {
    receiver = v8::Undefined(isolate);
  }
  v8::Local<v8::Value> small[8];
  std::vector<v8::Local<v8::Value>> large;
  v8::Local<v8::Value>* argv = small;
  if (argc > 8) {
    large.resize(argc);
    argv = large.data();
  }
  for (size_t i = 0; i < argc; ++i) {
    argv[i] = to_js(scope.ctx(), nb::handle(args[i]), "argument", static_cast<long>(i + 1));
  }
  v8::Local<v8::Context> c = scope.context();
  auto function = fn.As<v8::Function>();
  v8::Local<v8::Value> result;
  if (construct) {
    result = scope.run(try_catch, [&] {
      v8::MaybeLocal<v8::Value> made;
      v8::Local<v8::Object> instance;
      if (function->NewInstance(c, static_cast<int>(argc), argv).ToLocal(&instance)) made = instance;
      return made;
    });
  } else {
    result = scope.run(try_catch, [&] {
      return function->Call(c, receiver, static_cast<int>(argc), argv);
    });
  }
  if (as_handle) return wrap_handle(self.ctx, result);
  return convert_result(scope, try_catch, result);
}

PyObject* const* tuple_items(nb::args& args) {
  return &PyTuple_GET_ITEM(args.ptr(), 0);
}

// tp_call of JSFunction: a type slot rather than a bound __call__ method, because calling
// JS from Python is the hottest path there is.
PyObject* function_tp_call(PyObject* self, PyObject* args, PyObject* kwargs) {
  if (kwargs && PyDict_GET_SIZE(kwargs)) {
    PyErr_SetString(PyExc_TypeError, "JS functions take no keyword arguments");
    return nullptr;
  }
  try {
    JSFunction* function = nb::inst_ptr<JSFunction>(self);
    return call_function(*function, nb::handle(), &PyTuple_GET_ITEM(args, 0),
                         static_cast<size_t>(PyTuple_GET_SIZE(args)), false)
        .release()
        .ptr();
  } catch (nb::python_error& error) {
    error.restore();
  } catch (std::exception& error) {
    PyErr_SetString(PyExc_RuntimeError, error.what());
  }
  return nullptr;
}

PyType_Slot function_slots[] = {{Py_tp_call, reinterpret_cast<void*>(function_tp_call)},
                                {0, nullptr}};

const char* state_name(v8::Promise::PromiseState state) {
  switch (state) {
    case v8::Promise::kPending: return "pending";
    case v8::Promise::kFulfilled: return "fulfilled";
    default: return "rejected";
  }
}

// A handle on a primitive (as_handle=True) reads as its type and the start of its text.
std::string primitive_text(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  constexpr int kShown = 60;  // UTF-16 units of a long string or BigInt shown
  std::string type = utf8(isolate, value->TypeOf(isolate));
  v8::TryCatch guard(isolate);
  v8::Local<v8::String> text;
  if (!value->ToString(context).ToLocal(&text)) return type;
  bool cut = text->Length() > kShown;
  if (cut) {
    uint16_t units[kShown];
    text->Write(isolate, units, 0, kShown, v8::String::NO_NULL_TERMINATION);
    text = v8::String::NewFromTwoByte(isolate, units, v8::NewStringType::kNormal, kShown).ToLocalChecked();
  }
  return type + " " + utf8(isolate, text) + (cut ? "..." : "");
}

std::string describe(JSObject& self) {
  if (!self.ctx || self.value->IsEmpty() || self.ctx->closed) return "(closed)";
  CallScope scope(self.ctx);
  v8::Isolate* isolate = scope.isolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> value = self.get(isolate);
  if (value->IsSymbol()) {
    v8::Local<v8::Value> description = value.As<v8::Symbol>()->Description(isolate);
    return "Symbol(" + (description->IsString() ? utf8(isolate, description) : "") + ")";
  }
  if (value->IsFunction()) {
    std::string name = utf8(isolate, value.As<v8::Function>()->GetName());
    return name.empty() ? "(anonymous)" : name;
  }
  if (value->IsPromise()) return state_name(value.As<v8::Promise>()->State());
  if (!value->IsObject()) return primitive_text(isolate, scope.context(), value);
  return utf8(isolate, value.As<v8::Object>()->GetConstructorName());
}

std::string to_string(JSObject& self) {
  CallScope scope(self.ctx);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::Value> value = self.get(scope.isolate());
  if (value->IsSymbol()) return describe(self);
  v8::Local<v8::String> text = scope.run(try_catch, [&] { return value->ToString(scope.context()); });
  return nb::cast<std::string>(py_string(scope.isolate(), text));
}

nb::object equals(JSObject& self, nb::handle other) {
  if (!is_handle(other.ptr())) return nb::borrow(Py_NotImplemented);
  JSObject& that = nb::cast<JSObject&>(other);
  if (!that.ctx || that.ctx->iso != self.ctx->iso) return nb::bool_(false);
  CallScope scope(self.ctx);
  return nb::bool_(self.get(scope.isolate())->StrictEquals(that.get(scope.isolate())));
}

// Consistent with ==, which is JS's ===: strings by content (V8's string hash), symbols and
// objects by identity, numbers by value (0 and -0 alike), BigInts by their digits.
Py_hash_t hash(JSObject& self) {
  CallScope scope(self.ctx);
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Value> value = self.get(isolate);
  if (value->IsName()) return value.As<v8::Name>()->GetIdentityHash();
  if (value->IsObject()) return value.As<v8::Object>()->GetIdentityHash();
  if (value->IsNumber()) {
    double number = value.As<v8::Number>()->Value();
    auto hashed = static_cast<Py_hash_t>(std::hash<double>{}(number == 0 ? 0.0 : number));
    return hashed == -1 ? -2 : hashed;  // -1 means an error to Python
  }
  if (value->IsBigInt()) {
    v8::TryCatch guard(isolate);
    v8::Local<v8::String> digits;
    if (value->ToString(scope.context()).ToLocal(&digits)) return digits->GetIdentityHash();
  }
  return value->IsTrue() ? 1 : value->IsFalse() ? 2 : value->IsNull() ? 3 : 4;  // undefined: 4
}

std::string promise_state(JSPromise& self) {
  CallScope scope(self.ctx);
  return state_name(self.get(scope.isolate()).As<v8::Promise>()->State());
}

nb::object promise_result(JSPromise& self) {
  CallScope scope(self.ctx);
  v8::TryCatch try_catch(scope.isolate());
  auto promise = self.get(scope.isolate()).As<v8::Promise>();
  switch (promise->State()) {
    case v8::Promise::kPending:
      raise_error(ErrorKind::invalid_state, "the promise is still pending");
    case v8::Promise::kFulfilled:
      return convert_result(scope, try_catch, promise->Result());
    default:
      promise->MarkAsHandled();
      scope.isolate()->ThrowException(promise->Result());
      scope.raise_from_js_here(try_catch);
  }
}

// V8's own Promise::Then: the intrinsic reaction, which JS cannot replace by assigning to
// Promise.prototype.then (the host awaits promises through this).
nb::object promise_then(JSPromise& self, nb::handle on_fulfilled, nb::handle on_rejected) {
  CallScope scope(self.ctx);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::Value> fulfilled = to_js(self.ctx, on_fulfilled, "argument", 1);
  v8::Local<v8::Value> rejected =
      on_rejected.is_none() ? fulfilled : to_js(self.ctx, on_rejected, "argument", 2);
  if (!fulfilled->IsFunction() || !rejected->IsFunction()) {
    PyErr_SetString(PyExc_TypeError, "then() takes functions");
    throw nb::python_error();
  }
  auto promise = self.get(scope.isolate()).As<v8::Promise>();
  v8::Local<v8::Promise> derived = scope.run(try_catch, [&] {
    if (on_rejected.is_none()) return promise->Then(scope.context(), fulfilled.As<v8::Function>());
    return promise->Then(scope.context(), fulfilled.As<v8::Function>(), rejected.As<v8::Function>());
  });
  return wrap_handle(self.ctx, derived);
}

}  // namespace

JSObject::JSObject(const std::shared_ptr<ContextCore>& context, v8::Local<v8::Value> v,
                   v8::Local<v8::Value> r)
    : ctx(context) {
  value = ctx->iso->keep(v, ctx.get());
  if (!r.IsEmpty()) receiver = ctx->iso->keep(r, ctx.get());
}

JSObject::JSObject(JSObject&& other) noexcept
    : ctx(std::move(other.ctx)), value(other.value), receiver(other.receiver) {
  other.value = other.receiver = nullptr;
}

JSObject::~JSObject() {
  if (!ctx) return;
  ctx->iso->forget(value);
  ctx->iso->forget(receiver);
}

v8::Local<v8::Value> JSObject::get(v8::Isolate* isolate) const {
  if (!value || value->IsEmpty() || ctx->closed) {
    raise_error(ErrorKind::closed, "the handle's context is closed");
  }
  return value->Get(isolate);
}

nb::object wrap_handle(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::Value> value,
                       v8::Local<v8::Value> receiver) {
  if (value->IsFunction()) return nb::cast(JSFunction(ctx, value, receiver));
  if (value->IsPromise()) return nb::cast(JSPromise(ctx, value, receiver));
  return nb::cast(JSObject(ctx, value, receiver));
}

bool is_handle(PyObject* object) {
  return PyObject_TypeCheck(object, reinterpret_cast<PyTypeObject*>(object_type.ptr()));
}

v8::Local<v8::Value> handle_value(nb::handle handle, const std::shared_ptr<ContextCore>& ctx) {
  JSObject& object = nb::cast<JSObject&>(handle);
  if (object.ctx && object.ctx->iso != ctx->iso && !object.ctx->iso->closed) {
    raise_error(ErrorKind::value, "this JS handle belongs to another isolate");
  }
  return object.get(ctx->iso->isolate);
}

void bind_handles(nb::module_& m) {
  auto object = nb::class_<JSObject>(m, "JSObject",
      "A live handle on a JS object: a mapping of its properties (a Map's entries), which "
      "attributes read too; a function read off it keeps it as `this`.")
      .def("__getitem__", &get_item, nb::arg("key").none())
      .def("__setitem__", &set_item, nb::arg("key").none(), nb::arg("value").none())
      .def("__delitem__", &del_item, nb::arg("key").none())
      .def("__contains__", &contains, nb::arg("key").none())
      .def("__getattr__", &get_attr)
      .def("__setattr__", &set_attr, nb::arg("name"), nb::arg("value").none())
      .def("__delattr__", &del_attr)
      .def("__len__", &length)
      .def("__iter__", &iterate)
      .def("keys", &keys, "Keys of a Map, values of a Set, else own enumerable property names.")
      .def("get", [](JSObject& self, nb::handle key, nb::handle fallback) -> nb::object {
        try {
          return get_item(self, key);
        } catch (nb::python_error& e) {
          if (!e.matches(PyExc_KeyError)) throw;
          return nb::borrow(fallback);
        }
      }, nb::arg("key").none(), nb::arg("default").none() = nb::none(),
         "The mapping's get: handle[key], or `default` where JS has no such property. Python's "
         "names (get, keys) are the mapping's, never a JS method of that name: call one of "
         "those as handle[\"get\"](...).")
      .def("__bool__", [](JSObject&) { return true; })
      .def("__eq__", &equals, nb::arg("other").none())
      .def("__hash__", &hash)
      .def("__str__", &to_string)
      .def("__repr__", [](JSObject& self) { return "<toyjs.JSObject " + describe(self) + ">"; });
  object_type = object;

  function_type = nb::class_<JSFunction, JSObject>(m, "JSFunction", "A handle on a JS function.",
                                                   nb::type_slots(function_slots))
      .def("call", [](JSFunction& self, nb::handle this_value, nb::args args) {
        return call_function(self, this_value, tuple_items(args), args.size(), false);
      }, nb::arg("this").none(), nb::arg("args"), "Call with an explicit `this`.")
      .def("call_handle", [](JSFunction& self, nb::handle this_value, nb::args args) {
        return call_function(self, this_value, tuple_items(args), args.size(), false, true);
      }, nb::arg("this").none(), nb::arg("args"),
         "Call with an explicit `this`; the result is a live handle, not converted (an object "
         "with methods keeps them, and `this`).")
      .def("new", [](JSFunction& self, nb::args args) {
        return call_function(self, nb::handle(), tuple_items(args), args.size(), true);
      }, "Call as a constructor (`new f(...)`).")
      .def("__repr__", [](JSFunction& self) { return "<toyjs.JSFunction " + describe(self) + ">"; });

  promise_type = nb::class_<JSPromise, JSObject>(m, "JSPromise", "A handle on a JS promise.")
      .def_prop_ro("state", &promise_state)
      .def("result", &promise_result)
      .def("then", &promise_then, nb::arg("on_fulfilled"), nb::arg("on_rejected").none() = nb::none(),
           "Add reactions with V8's own then (not the JS property, which JS may replace).")
      .def("__repr__", [](JSPromise& self) { return "<toyjs.JSPromise " + describe(self) + ">"; });

  nb::class_<JSIterator>(m, "_JSIterator")
      .def("__iter__", [](nb::handle self) { return nb::borrow(self); })
      .def("__next__", &JSIterator::next);
}

}  // namespace toyjs
