#include "function_table.h"

#include "context.h"
#include "handles.h"

namespace toyjs {

nb::object function_table(const std::shared_ptr<ContextCore>& ctx, NativeFunctions functions, void* data) {
  CallScope scope(ctx);
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> context = scope.context();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Object> table = v8::Object::New(isolate);
  v8::Local<v8::Value> external;
  if (data != nullptr) external = v8::External::New(isolate, data);
  for (const auto& [name, callback] : functions) {
    v8::Local<v8::Function> function;
    if (!v8::Function::New(context, callback, external).ToLocal(&function) ||
        table->Set(context, v8_str(isolate, name), function).IsNothing()) {
      scope.raise_from_js_here(try_catch);
    }
  }
  return wrap_handle(ctx, table);
}

}  // namespace toyjs
