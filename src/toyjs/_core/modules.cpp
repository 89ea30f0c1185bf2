// ES modules: compile from source with a URL, resolve imports through a Python loader
// (resolve(specifier, referrer, attributes) -> url, load(url, attributes) -> source, or a
// synthetic module's export names and the function that gives their values),
// evaluate each record once per context, dynamic import() and import.meta.url.
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "handles.h"

#include <nanobind/stl/string.h>

namespace toyjs {

namespace {

// A compile or load failure: a JS exception is pending (or a Python one is set).
struct ModuleFailed {};

ModuleRecord* record_of(ContextState* state, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = state->isolate;
  auto range = state->modules_by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second->module.Get(isolate) == module) return it->second;
  }
  return nullptr;
}

ModuleRecord* compile(ContextCore& ctx, v8::Local<v8::String> source, const std::string& url) {
  v8::Isolate* isolate = ctx.iso->isolate;
  auto found = ctx.state->modules_by_url.find(url);
  if (found != ctx.state->modules_by_url.end()) return found->second.get();
  v8::ScriptOrigin origin = script_origin(isolate, v8_str(isolate, url.c_str()), /*is_module=*/true);
  v8::ScriptCompiler::Source compile_source(source, origin);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &compile_source).ToLocal(&module)) {
    throw ModuleFailed();
  }
  auto record = std::make_unique<ModuleRecord>();
  record->url = url;
  record->module.Reset(isolate, module);
  ModuleRecord* raw = record.get();
  ctx.state->modules_by_hash.emplace(module->GetIdentityHash(), raw);
  ctx.state->modules_by_url.emplace(url, std::move(record));
  return raw;
}

// setExport(name, value), for a synthetic module's later changes: the binding its importers
// see takes the new value (node:module's syncBuiltinESMExports). Data: the module's URL.
void set_synthetic_export(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(isolate->GetCurrentContext());
  if (!ctx) return;
  if (info.Length() < 2 || !info[0]->IsString()) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "setExport(name, value): name must be a string")));
    return;
  }
  auto found = ctx->state->modules_by_url.find(utf8(isolate, info.Data()));
  if (found == ctx->state->modules_by_url.end()) return;
  (void)found->second->module.Get(isolate)->SetSyntheticModuleExport(isolate, info[0].As<v8::String>(), info[1]);
}

// Evaluating a synthetic module: its function is called with a setExport function (above),
// and each export name takes the value of the property of that name of what it returned.
v8::MaybeLocal<v8::Value> evaluate_synthetic(v8::Local<v8::Context> context, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(context);
  ModuleRecord* record = ctx ? record_of(ctx->state.get(), module) : nullptr;
  if (record == nullptr) return {};
  v8::Local<v8::Value> set_export, exports;
  if (!v8::Function::New(context, set_synthetic_export, v8_str(isolate, record->url.c_str())).ToLocal(&set_export) ||
      !record->synthetic_evaluate.Get(isolate)->Call(context, v8::Undefined(isolate), 1, &set_export).ToLocal(&exports)) {
    return {};
  }
  if (!exports->IsObject()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8_str(isolate, ("the exports of " + record->url + " are not an object").c_str())));
    return {};
  }
  for (const std::string& name : record->export_names) {
    v8::Local<v8::String> key = v8_str(isolate, name.c_str());
    v8::Local<v8::Value> value;
    if (!exports.As<v8::Object>()->Get(context, key).ToLocal(&value) ||
        module->SetSyntheticModuleExport(isolate, key, value).IsNothing()) {
      return {};
    }
  }
  v8::Local<v8::Promise::Resolver> done;
  if (!v8::Promise::Resolver::New(context).ToLocal(&done) ||
      done->Resolve(context, v8::Undefined(isolate)).IsNothing()) {
    return {};
  }
  return done->GetPromise();
}

// A module whose exports the host gives (a built-in, a CommonJS module imported by an ES
// module): `spec` has export_names (strs) and evaluate (a JS function of this context).
ModuleRecord* synthesize(const std::shared_ptr<ContextCore>& ctx, nb::handle spec, const std::string& url) {
  v8::Isolate* isolate = ctx->iso->isolate;
  std::vector<std::string> names;
  for (nb::handle name : spec.attr("export_names")) {
    if (!PyUnicode_Check(name.ptr())) raise_error(ErrorKind::type, "export names must be strs");
    names.push_back(nb::cast<std::string>(name));
  }
  v8::Local<v8::Value> evaluate = to_js(ctx, spec.attr("evaluate"), "a synthetic module's evaluate");
  if (!evaluate->IsFunction()) raise_error(ErrorKind::type, "a synthetic module's evaluate must be a JS function");
  std::vector<v8::Local<v8::String>> keys;
  for (const std::string& name : names) keys.push_back(v8_str(isolate, name.c_str()));
#if V8_MAJOR_VERSION >= 12
  v8::MemorySpan<const v8::Local<v8::String>> export_keys(keys.data(), keys.size());
#else
  const std::vector<v8::Local<v8::String>>& export_keys = keys;
#endif
  v8::Local<v8::Module> module =
      v8::Module::CreateSyntheticModule(isolate, v8_str(isolate, url.c_str()), export_keys, evaluate_synthetic);
  auto record = std::make_unique<ModuleRecord>();
  record->url = url;
  record->module.Reset(isolate, module);
  record->synthetic_evaluate.Reset(isolate, evaluate.As<v8::Function>());
  record->export_names = std::move(names);
  ModuleRecord* raw = record.get();
  ctx->state->modules_by_hash.emplace(module->GetIdentityHash(), raw);
  ctx->state->modules_by_url.emplace(url, std::move(record));
  return raw;
}

nb::dict attributes_dict(v8::Local<v8::Context> context, v8::Local<v8::FixedArray> assertions,
                         int stride) {
  // V8 lays import attributes (10.2: assertions) out as key, value[, source offset] triples.
  v8::Isolate* isolate = context->GetIsolate();
  nb::dict result;
  if (assertions.IsEmpty()) return result;
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    auto key = assertions->Get(context, i).As<v8::Value>();
    auto value = assertions->Get(context, i + 1).As<v8::Value>();
    if (key->IsString() && value->IsString()) {
      result[py_string(isolate, key.As<v8::String>())] = py_string(isolate, value.As<v8::String>());
    }
  }
  return result;
}

// Resolve and load through the Python loader (GIL held). Throws ModuleFailed with a JS
// exception pending on failure.
ModuleRecord* load(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::String> specifier,
                   const std::string& referrer, nb::dict attributes) {
  v8::Isolate* isolate = ctx->iso->isolate;
  try {
    if (!ctx->module_loader.is_valid() || ctx->module_loader.is_none()) {
      isolate->ThrowException(v8::Exception::TypeError(v8_str(
          isolate, ("cannot import '" + utf8(isolate, specifier) + "': this context has no module loader").c_str())));
      throw ModuleFailed();
    }
    nb::object url = ctx->module_loader.attr("resolve")(py_string(isolate, specifier), referrer, attributes);
    if (!PyUnicode_Check(url.ptr())) {
      raise_error(ErrorKind::type, "the module loader's resolve() must return a str, not " +
                                       std::string(Py_TYPE(url.ptr())->tp_name));
    }
    std::string url_text = nb::cast<std::string>(url);
    auto found = ctx->state->modules_by_url.find(url_text);
    if (found != ctx->state->modules_by_url.end()) return found->second.get();
    nb::object source = ctx->module_loader.attr("load")(url, attributes);
    if (nb::hasattr(source, "export_names") && nb::hasattr(source, "evaluate")) {
      return synthesize(ctx, source, url_text);
    }
    if (!PyUnicode_Check(source.ptr())) {
      raise_error(ErrorKind::type, "the module loader's load() must return a str or a SyntheticModule, not " +
                                       std::string(Py_TYPE(source.ptr())->tp_name));
    }
    return compile(*ctx, js_string(isolate, source.ptr()), url_text);
  } catch (nb::python_error& error) {
    error.restore();
    throw_python_error_into_js(ctx);
    throw ModuleFailed();
  } catch (std::exception& error) {  // a C++ failure must not unwind through V8's frames
    isolate->ThrowException(v8::Exception::Error(v8_str(isolate, error.what())));
    throw ModuleFailed();
  }
}

v8::MaybeLocal<v8::Module> resolve_import(v8::Local<v8::Context> context,
                                          v8::Local<v8::String> specifier,
                                          v8::Local<v8::FixedArray> assertions,
                                          v8::Local<v8::Module> referrer) {
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(context);
  if (!ctx) return {};
  v8::Isolate* isolate = context->GetIsolate();
  ModuleRecord* from = record_of(ctx->state.get(), referrer);
  // V8 wants the failure as a pending exception when this returns; a compile error of the
  // imported module is caught by the caller's TryCatch instead, so it is thrown again here.
  v8::Local<v8::Value> failure;
  {
    v8::TryCatch try_catch(isolate);
    try {
      ModuleRecord* record = load(ctx, specifier, from ? from->url : std::string(),
                                  attributes_dict(context, assertions, 3));
      return record->module.Get(isolate);
    } catch (ModuleFailed&) {
      if (try_catch.HasTerminated() || !try_catch.HasCaught()) {
        if (try_catch.HasCaught()) try_catch.ReThrow();
        return {};
      }
      failure = try_catch.Exception();
    }
  }
  isolate->ThrowException(failure);
  return {};
}

// Lets the loader reword a link error before the program sees it (Node tells a missing
// export of a CommonJS module in words of its own): it may set the error's message and stack.
// What the loader raises is dropped: the program then gets V8's error as it was.
void explain_link_error(v8::Local<v8::Context> context, v8::Local<v8::Value> error, v8::Local<v8::Message> where) {
  if (!error->IsObject() || where.IsEmpty()) return;
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of(context);
  if (!ctx || !ctx->module_loader.is_valid() || !nb::hasattr(ctx->module_loader, "explain_link_error")) return;
  v8::Isolate* isolate = context->GetIsolate();
  try {
    ctx->module_loader.attr("explain_link_error")(wrap_handle(ctx, error),
                                                  utf8(isolate, where->GetScriptResourceName()),
                                                  where->GetLineNumber(context).FromMaybe(0));
  } catch (nb::python_error&) {
  }
}

// Link the module's graph (once), resolving its imports through the loader; runs no JS.
// Throws ModuleFailed.
void link_graph(v8::Local<v8::Context> context, v8::Local<v8::Module> module) {
  if (module->GetStatus() != v8::Module::kUninstantiated) return;
  v8::TryCatch try_catch(context->GetIsolate());
  if (module->InstantiateModule(context, resolve_import).IsJust()) return;
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    explain_link_error(context, try_catch.Exception(), try_catch.Message());
  }
  if (try_catch.HasCaught()) try_catch.ReThrow();
  throw ModuleFailed();
}

// Link and evaluate (once); returns the evaluation promise. Throws ModuleFailed.
v8::Local<v8::Value> evaluate(v8::Local<v8::Context> context, ModuleRecord* record) {
  v8::Isolate* isolate = context->GetIsolate();
  if (!record->evaluation.IsEmpty()) return record->evaluation.Get(isolate);
  v8::Local<v8::Module> module = record->module.Get(isolate);
  if (module->GetStatus() == v8::Module::kErrored) {
    isolate->ThrowException(module->GetException());
    throw ModuleFailed();
  }
  link_graph(context, module);
  v8::Local<v8::Value> result;
  if (!module->Evaluate(context).ToLocal(&result)) throw ModuleFailed();
  record->evaluation.Reset(isolate, result);
  return result;
}

// The reactions that settle an import() promise once its module evaluated, as the standard's
// ContinueDynamicImport: with the namespace, or with the evaluation's reason. They are attached
// with V8's own `then` and settle the promise directly, so a program that replaced
// Promise.prototype.then does not stand between a module and its importer.
void fulfill_import(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto data = info.Data().As<v8::Array>();
  auto resolver = data->Get(context, 0).ToLocalChecked().As<v8::Promise::Resolver>();
  (void)resolver->Resolve(context, data->Get(context, 1).ToLocalChecked());
}

void reject_evaluated_import(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  (void)info.Data().As<v8::Promise::Resolver>()->Reject(context, info[0]);
}

// Settles an import() promise with what a step of it threw (a termination passes on).
void reject_import(v8::Isolate* isolate, v8::Local<v8::Context> context,
                   v8::Local<v8::Promise::Resolver> resolver, v8::TryCatch& try_catch) {
  if (try_catch.HasTerminated() || isolate->IsExecutionTerminating()) {
    try_catch.ReThrow();
    return;
  }
  // A stopped call (a timeout, process.exit() in a callback) settles nothing: it is ending,
  // and what V8 caught (null, from V8 10.2) is no exception of the program's.
  if (core_of(isolate)->termination.load() != Termination::none) return;
  v8::Local<v8::Value> exception = try_catch.HasCaught() ? try_catch.Exception()
                                                         : v8::Undefined(isolate).As<v8::Value>();
  try_catch.Reset();
  (void)resolver->Reject(context, exception);
}

// The second half of import(): link and evaluate the loaded module, then settle the promise
// with its namespace. A microtask, as the spec's ContinueDynamicImport runs in a promise job:
// so it never runs while the code that asked is still evaluating that module's graph (a
// module importing itself, or a module of the graph being evaluated). Data: [resolver, url].
void continue_dynamic_import(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto data = info.Data().As<v8::Array>();
  auto resolver = data->Get(context, 0).ToLocalChecked().As<v8::Promise::Resolver>();
  std::string url = utf8(isolate, data->Get(context, 1).ToLocalChecked());
  std::shared_ptr<ContextCore> ctx = ContextCore::of(context);
  if (!ctx || !ctx->state) return;  // the context closed meanwhile: nobody waits
  auto found = ctx->state->modules_by_url.find(url);
  if (found == ctx->state->modules_by_url.end()) return;
  ModuleRecord* record = found->second.get();
  v8::TryCatch try_catch(isolate);
  try {
    v8::Local<v8::Module> module = record->module.Get(isolate);
    v8::Module::Status status = module->GetStatus();
    if (status == v8::Module::kInstantiating || status == v8::Module::kEvaluating) {
      // Only a microtask checkpoint run from inside that evaluation gets here.
      isolate->ThrowException(v8::Exception::Error(
          v8_str(isolate, ("import() of " + url + " while it is still being evaluated").c_str())));
      throw ModuleFailed();
    }
    v8::Local<v8::Value> evaluation = evaluate(context, record);
    // Stopped while it evaluated (V8 10.2 then still returns a promise, rejected with null).
    if (core_of(isolate)->termination.load() != Termination::none) return;
    v8::Local<v8::Value> parts[] = {resolver, module->GetModuleNamespace()};
    v8::Local<v8::Function> on_fulfilled, on_rejected;
    v8::Local<v8::Promise> reacted;
    if (!v8::Function::New(context, fulfill_import, v8::Array::New(isolate, parts, 2)).ToLocal(&on_fulfilled) ||
        !v8::Function::New(context, reject_evaluated_import, resolver).ToLocal(&on_rejected) ||
        !evaluation.As<v8::Promise>()->Then(context, on_fulfilled, on_rejected).ToLocal(&reacted)) {
      throw ModuleFailed();
    }
  } catch (ModuleFailed&) {
    reject_import(isolate, context, resolver, try_catch);
  }
}

// import(): a promise for the namespace once the module (and its graph) evaluated. Resolving
// and loading happen now (GIL held); linking and evaluating in continue_dynamic_import.
v8::Local<v8::Promise> import_dynamic(const std::shared_ptr<ContextCore>& ctx,
                                      v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
                                      const std::string& referrer, nb::dict attributes) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Promise::Resolver> resolver = v8::Promise::Resolver::New(context).ToLocalChecked();
  v8::TryCatch try_catch(isolate);
  try {
    ModuleRecord* record = load(ctx, specifier, referrer, attributes);
    v8::Local<v8::Value> parts[] = {resolver, v8_str(isolate, record->url.c_str())};
    v8::Local<v8::Function> job;
    if (!v8::Function::New(context, continue_dynamic_import, v8::Array::New(isolate, parts, 2)).ToLocal(&job)) {
      throw ModuleFailed();
    }
    isolate->EnqueueMicrotask(job);
  } catch (ModuleFailed&) {
    reject_import(isolate, context, resolver, try_catch);
  }
  return resolver->GetPromise();
}

v8::MaybeLocal<v8::Promise> on_dynamic_import(v8::Local<v8::Context> context,
                                              v8::Local<v8::Data>, v8::Local<v8::Value> resource_name,
                                              v8::Local<v8::String> specifier,
                                              v8::Local<v8::FixedArray> assertions) {
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of_callback(context);
  if (!ctx) return {};
  v8::Isolate* isolate = context->GetIsolate();
  std::string referrer = resource_name->IsString() ? utf8(isolate, resource_name) : "";
  return import_dynamic(ctx, context, specifier, referrer, attributes_dict(context, assertions, 2));
}

void on_import_meta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                    v8::Local<v8::Object> meta) {
  nb::gil_scoped_acquire gil;
  std::shared_ptr<ContextCore> ctx = ContextCore::of(context);
  if (!ctx) return;
  ModuleRecord* record = record_of(ctx->state.get(), module);
  if (!record) return;
  v8::Isolate* isolate = context->GetIsolate();
  (void)meta->Set(context, v8_str(isolate, "url"), v8_str(isolate, record->url.c_str()));
  try {
    if (ctx->module_loader.is_valid() && nb::hasattr(ctx->module_loader, "import_meta")) {
      ctx->module_loader.attr("import_meta")(record->url, wrap_handle(ctx, meta));
    }
  } catch (nb::python_error& error) {
    error.restore();
    throw_python_error_into_js(ctx);
  } catch (std::exception& error) {
    isolate->ThrowException(v8::Exception::Error(v8_str(isolate, error.what())));
  }
}

struct PyModule {
  std::shared_ptr<ContextCore> ctx;
  std::string url;
};

ModuleRecord* find_record(CallScope& scope, const PyModule& self) {
  auto found = scope.ctx()->state->modules_by_url.find(self.url);
  if (found == scope.ctx()->state->modules_by_url.end()) {
    raise_error(ErrorKind::closed, "the module's context is closed");
  }
  return found->second.get();
}

}  // namespace

void install_module_hooks(v8::Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(on_dynamic_import);
  isolate->SetHostInitializeImportMetaObjectCallback(on_import_meta);
}

void bind_modules(nb::module_& m) {
  nb::class_<PyModule>(m, "JSModule", "A compiled ES module record of a context.")
      .def_ro("url", &PyModule::url)
      .def("evaluate", [](PyModule& self) {
        CallScope scope(self.ctx);
        v8::TryCatch try_catch(scope.isolate());
        ModuleRecord* record = find_record(scope, self);
        v8::Local<v8::Value> evaluation;
        {
          nb::gil_scoped_release nogil;
          try {
            evaluation = evaluate(scope.context(), record);
            scope.settle();
          } catch (ModuleFailed&) {
          }
        }
        if (evaluation.IsEmpty() || scope.terminated()) scope.raise_from_js_here(try_catch);
        return wrap_handle(self.ctx, evaluation);
      }, "Link (resolving imports through the loader) and evaluate once; returns the evaluation promise.")
      .def("link", [](PyModule& self) {
        CallScope scope(self.ctx);
        v8::TryCatch try_catch(scope.isolate());
        v8::Local<v8::Module> module = find_record(scope, self)->module.Get(scope.isolate());
        bool failed = false;
        {
          nb::gil_scoped_release nogil;
          try {
            link_graph(scope.context(), module);
          } catch (ModuleFailed&) {
            failed = true;
          }
        }
        if (failed || scope.terminated()) scope.raise_from_js_here(try_catch);
      }, "Link the module's graph, resolving and loading every static import through the loader, "
         "without evaluating anything (evaluate() links first when this was not called).")
      .def_prop_ro("namespace", [](PyModule& self) {
        CallScope scope(self.ctx);
        v8::Local<v8::Module> module = find_record(scope, self)->module.Get(scope.isolate());
        if (module->GetStatus() < v8::Module::kInstantiated) {
          raise_error(ErrorKind::invalid_state, "the module is not linked yet: call evaluate()");
        }
        return wrap_handle(self.ctx, module->GetModuleNamespace());
      })
      .def_prop_ro("status", [](PyModule& self) {
        static const char* names[] = {"uninstantiated", "instantiating", "instantiated",
                                      "evaluating", "evaluated", "errored"};
        CallScope scope(self.ctx);
        return std::string(names[find_record(scope, self)->module.Get(scope.isolate())->GetStatus()]);
      })
      .def("__repr__", [](PyModule& self) { return "<toyjs.JSModule " + self.url + ">"; });
}

// Context methods for modules, bound on the native Context class by bind_context's caller.
nb::object compile_module(const std::shared_ptr<ContextCore>& ctx, nb::handle source,
                          const std::string& url) {
  require_str(source, "source");
  CallScope scope(ctx);
  v8::TryCatch try_catch(scope.isolate());
  try {
    compile(*ctx, js_string(scope.isolate(), source.ptr()), url);
  } catch (ModuleFailed&) {
    scope.raise_from_js_here(try_catch);
  }
  return nb::cast(PyModule{ctx, url});
}

nb::object import_module(const std::shared_ptr<ContextCore>& ctx, nb::handle specifier,
                         const std::string& referrer) {
  require_str(specifier, "specifier");
  CallScope scope(ctx);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::Promise> promise = import_dynamic(
      ctx, scope.context(), js_string(scope.isolate(), specifier.ptr()), referrer, nb::dict());
  {
    nb::gil_scoped_release nogil;
    scope.settle();
  }
  if (scope.terminated()) scope.raise_from_js_here(try_catch);
  return wrap_handle(ctx, promise);
}

}  // namespace toyjs
