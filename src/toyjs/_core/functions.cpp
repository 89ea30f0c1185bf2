// Python callables as JS functions: a trampoline that takes the GIL, converts the arguments,
// calls, and turns a Python exception into a JS one.
#include "context.h"
#include "convert.h"
#include "errors.h"

namespace toyjs {

namespace {

void call_python(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* ref = static_cast<PyRef*>(info.Data().As<v8::External>()->Value());
  v8::Isolate* isolate = info.GetIsolate();
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(isolate->GetCurrentContext());
  if (!ctx) return;
  int argc = info.Length();
  nb::object small_args[8];  // no allocation for the usual few arguments
  std::vector<nb::object> large_args;
  nb::object* args = small_args;
  if (argc > 8) {
    large_args.resize(static_cast<size_t>(argc));
    args = large_args.data();
  }
  v8::Local<v8::Value> getter_failure;  // an exception thrown by a getter while converting
  {
    v8::TryCatch try_catch(isolate);
    try {
      for (int i = 0; i < argc; ++i) args[i] = to_python(ctx, info[i]);
    } catch (JsThrew&) {
      if (!try_catch.HasCaught() || try_catch.HasTerminated()) {
        if (try_catch.HasCaught()) try_catch.ReThrow();
        return;
      }
      getter_failure = try_catch.Exception();
    } catch (nb::python_error& error) {
      error.restore();
      throw_python_error_into_js(ctx);
      return;
    }
  }
  if (!getter_failure.IsEmpty()) {
    isolate->ThrowException(getter_failure);
    return;
  }
  try {
    PyObject* small[9];
    std::vector<PyObject*> large;
    PyObject** argv = small + 1;  // slot before the arguments, for PY_VECTORCALL_ARGUMENTS_OFFSET
    if (argc > 8) {
      large.resize(static_cast<size_t>(argc) + 1);
      argv = large.data() + 1;
    }
    for (int i = 0; i < argc; ++i) argv[i] = args[i].ptr();
    PyObject* result = PyObject_Vectorcall(
        ref->object, argv, static_cast<size_t>(argc) | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr);
    if (!result) {
      throw_python_error_into_js(ctx);
      return;
    }
    nb::object py_result = nb::steal(result);
    info.GetReturnValue().Set(to_js(ctx, py_result, "the return value of a Python function"));
  } catch (JsThrew&) {
    // the JS exception is already pending
  } catch (nb::python_error& error) {
    error.restore();
    throw_python_error_into_js(ctx);
  } catch (std::exception& error) {
    isolate->ThrowException(v8::Exception::Error(v8_str(isolate, error.what())));
  }
}

}  // namespace

v8::Local<v8::Function> make_function(const std::shared_ptr<ContextCore>& ctx, nb::handle callable,
                                      v8::Local<v8::String> name, v8::FunctionCallback callback) {
  v8::Isolate* isolate = ctx->iso->isolate;
  PyRef* ref = new_pyref(ctx->iso.get(), callable.ptr());
  v8::Local<v8::Function> function;
  if (!v8::Function::New(isolate->GetCurrentContext(), callback ? callback : call_python,
                         v8::External::New(isolate, ref), 0, v8::ConstructorBehavior::kThrow)
           .ToLocal(&function)) {
    bind_pyref(ref, v8::Object::New(isolate));  // released with a throwaway owner
    throw JsThrew();
  }
  function->SetName(name);
  bind_pyref(ref, function);
  return function;
}

}  // namespace toyjs
