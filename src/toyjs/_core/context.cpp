#include "context.h"

#include "clone.h"

#include "convert.h"
#include "errors.h"
#include "function_table.h"
#include "handles.h"
#include "http_head.h"
#include "messages.h"
#include "platform.h"
#include "snapshot.h"
#include "sockets.h"
#include "text.h"
#include "url.h"
#include "vm_contexts.h"
#include "v8_binding.h"

#include <nanobind/stl/string.h>

#include <ctime>
#include <mutex>
#include <vector>

namespace toyjs {

namespace {

constexpr int kStateSlot = kContextStateSlot;

ContextState* own_state_of(v8::Local<v8::Context> context) {
  if (context.IsEmpty() || context->GetNumberOfEmbedderDataFields() <= kStateSlot) return nullptr;
  return static_cast<ContextState*>(context->GetAlignedPointerFromEmbedderData(kStateSlot));
}

// A vm context has no state of its own: its promises and callbacks are those of the context
// that made it (while that one is open).
ContextState* state_of(v8::Local<v8::Context> context) {
  ContextState* state = own_state_of(context);
  if (state || context.IsEmpty()) return state;
  return own_state_of(vm_parent_context(context));
}

// Tracks promises rejected with no handler, until a handler is attached.
void on_promise_reject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  v8::Local<v8::Context> context;
  if (!promise->GetCreationContext().ToLocal(&context)) return;
  ContextState* state = state_of(context);
  if (!state) return;
  auto& pending = state->unhandled_rejections;
  if (message.GetEvent() == v8::kPromiseRejectWithNoHandler) {
    pending.emplace_back(isolate, promise);
  } else if (message.GetEvent() == v8::kPromiseHandlerAddedAfterReject) {
    for (auto it = pending.begin(); it != pending.end(); ++it) {
      if (it->Get(isolate) == promise) {
        pending.erase(it);
        break;
      }
    }
  }
  state->unhandled_count.store(pending.size());
}

}  // namespace

void install_promise_hooks(v8::Isolate* isolate) {
  isolate->SetPromiseRejectCallback(on_promise_reject);
}

ContextState::~ContextState() {
  if (sockets) forget_js_objects(*sockets);
  if (context.IsEmpty()) return;
  v8::HandleScope scope(isolate);
  context.Get(isolate)->SetAlignedPointerInEmbedderData(kStateSlot, nullptr);
}

ContextCore::ContextCore(std::shared_ptr<IsolateCore> isolate_core) : iso(std::move(isolate_core)) {}

void ContextCore::open() {
  IsolateUse use(iso.get(), nullptr);
  v8::Isolate* isolate = iso->isolate;
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  state = std::make_unique<ContextState>();
  state->owner = weak_from_this();
  state->isolate = isolate;
  state->context.Reset(isolate, context);
  context->SetAlignedPointerInEmbedderData(kStateSlot, state.get());
  std::lock_guard<std::mutex> guard(iso->pending_mutex);
  iso->contexts.insert(this);
}

std::shared_ptr<ContextCore> ContextCore::of(v8::Local<v8::Context> context) {
  ContextState* state = state_of(context);
  return state ? state->owner.lock() : nullptr;
}

std::shared_ptr<ContextCore> ContextCore::of_callback(v8::Local<v8::Context> context) {
  std::shared_ptr<ContextCore> ctx = of(context);
  if (!ctx) {
    v8::Isolate* isolate = context->GetIsolate();
    isolate->ThrowException(v8::Exception::Error(v8_str(isolate, "the context is closed")));
  }
  return ctx;
}

void ContextCore::close() {
  if (closed || iso->closed) return;
  if (iso->held_by_this_thread() && iso->depth > 0) {
    raise_error(ErrorKind::runtime, "cannot close a context from inside a call into its isolate");
  }
  IsolateUse use(iso.get(), nullptr);
  v8::HandleScope handle_scope(iso->isolate);
  close_locked();
}

void ContextCore::close_locked() {
  if (closed) return;
  {
    std::lock_guard<std::mutex> guard(iso->pending_mutex);
    closed = true;
    for (auto it = iso->live_handles.begin(); it != iso->live_handles.end();) {
      if (it->second == this) {
        it->first->Reset();
        it = iso->live_handles.erase(it);
      } else {
        ++it;
      }
    }
    iso->contexts.erase(this);
  }
  state.reset();
  module_loader = nb::object();
}

ContextCore::~ContextCore() {
  if (forked_after_start()) {  // V8's handles in a forked child are a copy nobody may touch
    (void)state.release();
    return;
  }
  if (closed || !state) return;
  std::lock_guard<std::mutex> guard(iso->pending_mutex);
  closed = true;
  iso->contexts.erase(this);
  if (!iso->closed) iso->contexts_to_free.push_back(std::move(state));
  // After the isolate closed, its handles are gone: leave the state's Globals unreleased.
  else (void)state.release();
}

CallScope::CallScope(const std::shared_ptr<ContextCore>& ctx, double timeout)
    : ctx_(ctx),
      isolate_(ctx->iso->isolate),
      use_(ctx->iso.get(), ctx.get()),
      handle_scope_(isolate_),
      context_(ctx->state->context.Get(isolate_)),
      context_scope_(context_) {
  IsolateCore* core = ctx_->iso.get();
  if (use_.top_level()) {
    core->drain_pending();
    if (timeout <= 0) timeout = core->call_timeout.load();
  }
  if (timeout > 0) {
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(timeout));
    std::optional<std::chrono::steady_clock::time_point> previous;
    {
      std::lock_guard<std::mutex> guard(core->state_mutex);
      previous = core->deadline;
    }
    saved_deadline_ = previous;
    core->set_deadline(previous && *previous < deadline ? *previous : deadline);
  }
}

CallScope::~CallScope() {
  IsolateCore* core = ctx_->iso.get();
  if (saved_deadline_) core->set_deadline(*saved_deadline_);
  if (!use_.top_level()) return;
  if (core->termination == Termination::heap_limit) {
    nb::gil_scoped_release nogil;
    isolate_->CancelTerminateExecution();
    isolate_->LowMemoryNotification();  // give back what the terminated script held
  }
  core->drain_pending();
}

void CallScope::settle() {
  if (!use_.top_level()) return;
  // The platform's queue (GC steps, async WebAssembly compiles, Atomics.waitAsync) is looked
  // at no more than once per tick of the coarse clock (1-4 ms): pumping it costs as much as a
  // small call, and the coarse clock is cheaper to read than the precise one.
  IsolateCore* core = ctx_->iso.get();
  timespec now;
  clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
  if (now.tv_nsec != core->last_pump.tv_nsec || now.tv_sec != core->last_pump.tv_sec) {
    core->last_pump = now;
    pump_for_a_while();
  }
  if (ctx_->iso->auto_microtasks) isolate_->PerformMicrotaskCheckpoint();
}

void CallScope::pump_for_a_while() {
  // Tasks run until the queue is empty or for about 0.2 ms, the rest waiting for the next
  // tick. Each step of an incremental marking posts the next one: pumping until the queue was
  // empty ran a whole marking in one go (2-3 ms between two macrotasks of a loaded server),
  // where node runs the steps between its turns.
  const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
  while (v8::platform::PumpMessageLoop(platform(), isolate_) && std::chrono::steady_clock::now() < until) {
  }
}

bool CallScope::terminated() const {
  return ctx_->iso->termination.load() != Termination::none;
}

void CallScope::raise_from_js_here(v8::TryCatch& try_catch) {
  raise_from_js(ctx_, try_catch, use_.top_level());
}

namespace {

struct PyContext {
  std::shared_ptr<ContextCore> core;
};

struct PyIsolate {
  std::shared_ptr<IsolateCore> core;
};

nb::object eval(PyContext& self, nb::handle source, const std::string& filename, double timeout,
                bool as_handle) {
  require_str(source, "source");
  CallScope scope(self.core, timeout);
  v8::Isolate* isolate = scope.isolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> code = js_string(isolate, source.ptr());
  v8::ScriptOrigin origin = script_origin(isolate, v8_str(isolate, filename.c_str()));
  v8::Local<v8::Context> context = scope.context();
  v8::Local<v8::Script> script;
  {
    nb::gil_scoped_release nogil;
    (void)v8::Script::Compile(context, code, &origin).ToLocal(&script);
  }
  if (script.IsEmpty()) scope.raise_from_js_here(try_catch);
  v8::Local<v8::Value> result = scope.run(try_catch, [&] { return script->Run(context); });
  if (as_handle) return wrap_handle(self.core, result);
  try {
    return to_python(self.core, result);
  } catch (JsThrew&) {
    scope.raise_from_js_here(try_catch);
  }
}

void expose(PyContext& self, nb::handle name, nb::handle callable) {
  require_str(name, "name");
  if (!PyCallable_Check(callable.ptr()) || is_handle(callable.ptr())) {
    raise_error(ErrorKind::type, std::string("expose() needs a Python callable, not ") +
                                     Py_TYPE(callable.ptr())->tp_name);
  }
  CallScope scope(self.core);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::String> key = js_string(scope.isolate(), name.ptr());
  v8::Local<v8::Function> function;
  try {
    function = make_function(self.core, callable, key);
  } catch (JsThrew&) {
    scope.raise_from_js_here(try_catch);
  }
  v8::Local<v8::Context> context = scope.context();
  scope.run_maybe(try_catch, [&] { return context->Global()->Set(context, key, function); });
}

nb::list take_unhandled_rejections(PyContext& self) {
  // Mostly there are none (asked after every task): told without entering the isolate.
  if (!self.core->closed && self.core->state && self.core->state->unhandled_count.load() == 0) return nb::list();
  CallScope scope(self.core);
  std::vector<v8::Global<v8::Promise>> pending;
  pending.swap(self.core->state->unhandled_rejections);
  self.core->state->unhandled_count.store(0);
  nb::list result;
  for (auto& promise : pending) result.append(wrap_handle(self.core, promise.Get(scope.isolate())));
  return result;
}

// Whether a promise of the calling context was rejected with no handler since the host last
// took them: after each task, JS asks here (no trip through Python) before asking the host.
void has_unhandled_rejections(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ContextState* state = state_of(info.GetIsolate()->GetCurrentContext());
  info.GetReturnValue().Set(state != nullptr && !state->unhandled_rejections.empty());
}

// isProxy(value): what JS itself cannot tell (a Proxy behaves as its target); node:util's
// types.isProxy.
void is_proxy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Length() > 0 && info[0]->IsProxy());
}

// now(): milliseconds since `origin` (the function's data: seconds on CLOCK_MONOTONIC, the
// clock of Python's time.monotonic), the timers' clock, read with no trip through Python.
void monotonic_now(const v8::FunctionCallbackInfo<v8::Value>& info) {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double origin = info.Data().As<v8::Number>()->Value();
  info.GetReturnValue().Set((static_cast<double>(now.tv_sec) + now.tv_nsec / 1e9 - origin) * 1000.0);
}

void microtask_checkpoint(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

void detach_array_buffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsArrayBuffer() || !info[0].As<v8::ArrayBuffer>()->IsDetachable()) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "not a detachable ArrayBuffer")));
    return;
  }
  info[0].As<v8::ArrayBuffer>()->Detach();
}

// mark(arrayBuffer): transfer lists copy it from then on; marked(value): whether it is an
// ArrayBuffer so marked.
void mark_untransferable_buffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsArrayBuffer()) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "not an ArrayBuffer")));
    return;
  }
  mark_untransferable(isolate->GetCurrentContext(), info[0].As<v8::ArrayBuffer>());
}

void marked_untransferable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(info.Length() > 0 && info[0]->IsArrayBuffer() &&
                            is_untransferable(isolate->GetCurrentContext(), info[0].As<v8::ArrayBuffer>()));
}

// clone(value, transferList, platform): `platform` as clone.h describes it.
void clone_value(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> clone;
  if (structured_clone(info.GetIsolate()->GetCurrentContext(), info[0], info[1], info[2]).ToLocal(&clone)) {
    info.GetReturnValue().Set(clone);
  }
}

// compileFunction(source, filename, parameterNames): the source compiled as the body of a
// function with those parameters, named `filename` in stacks, every line and column where the
// source has them (a CommonJS module: wrapping it in text would shift its first line).
void compile_function(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 3 || !info[0]->IsString() || !info[1]->IsString() || !info[2]->IsArray()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8_str(isolate, "compileFunction(source, filename, parameterNames) takes two strings and an array")));
    return;
  }
  auto names = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> parameters;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name;
    if (!names->Get(context, i).ToLocal(&name)) return;
    if (!name->IsString()) {
      isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "parameter names must be strings")));
      return;
    }
    parameters.push_back(name.As<v8::String>());
  }
  v8::ScriptOrigin origin = script_origin(isolate, info[1].As<v8::String>());
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::Local<v8::Function> function;
  // V8 10.2 reports a syntax error here to a TryCatch only; it is thrown on to the caller.
  v8::TryCatch try_catch(isolate);
  if (v8::ScriptCompiler::CompileFunction(context, &source, parameters.size(), parameters.data())
          .ToLocal(&function)) {
    info.GetReturnValue().Set(function);
  } else if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    try_catch.ReThrow();
  } else if (!try_catch.HasTerminated()) {
    isolate->ThrowException(v8::Exception::SyntaxError(v8_str(isolate, "the code does not compile")));
  }
}

#if V8_MAJOR_VERSION >= 12
// asyncContext([value]): the value V8 carries along promise continuations (what a reaction
// job, an await's resumption, runs with is what was current when it was queued), set to
// `value` when one is given; returns the value it had before. node:async_hooks'
// AsyncLocalStorage keeps its stores there. (Before V8 12 the API sits on the Context and is
// not used: node:async_hooks then carries its stores in JS, without promises.)
void async_context(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(isolate->GetContinuationPreservedEmbedderData());
  if (info.Length() > 0) isolate->SetContinuationPreservedEmbedderData(info[0]);
}
#endif

// A JS function implemented here in C++, for what JS cannot do itself: run the microtask
// queue (an event loop written in JS needs it between macrotasks, and a native function spares
// a round trip through Python), detach an ArrayBuffer (ES2024's transfer builds on it) and
// clone a value with V8's serializer (structuredClone), compile a function keeping positions,
// and make node:v8's binding (v8_binding.h).
nb::object native_function(PyContext& self, v8::FunctionCallback callback, std::optional<double> data = {}) {
  CallScope scope(self.core);
  v8::TryCatch try_catch(scope.isolate());
  v8::Local<v8::Value> value;
  if (data) value = v8::Number::New(scope.isolate(), *data);
  v8::Local<v8::Function> function =
      scope.run(try_catch, [&] { return v8::Function::New(scope.context(), callback, value); });
  return wrap_handle(self.core, function);
}

nb::object snapshot_data(PyContext& self) {
  CallScope scope(self.core);
  v8::Local<v8::Value> data;
  if (!self.core->iso->snapshot || !scope.context()->GetDataFromSnapshotOnce<v8::Value>(0).ToLocal(&data)) {
    return nb::none();
  }
  return wrap_handle(self.core, data);
}

nb::object global_object(PyContext& self) {
  CallScope scope(self.core);
  return wrap_handle(self.core, scope.context()->Global());
}

void run_microtasks(PyIsolate& self) {
  auto ctx_less = self.core;
  IsolateUse use(ctx_less.get(), nullptr);
  v8::HandleScope handles(ctx_less->isolate);
  nb::gil_scoped_release nogil;
  ctx_less->isolate->PerformMicrotaskCheckpoint();
}

bool pump_message_loop(PyIsolate& self) {
  IsolateUse use(self.core.get(), nullptr);
  v8::HandleScope handles(self.core->isolate);
  nb::gil_scoped_release nogil;
  bool ran = false;
  while (v8::platform::PumpMessageLoop(platform(), self.core->isolate)) ran = true;
  self.core->isolate->PerformMicrotaskCheckpoint();
  return ran;
}

nb::dict heap_statistics(PyIsolate& self) {
  IsolateUse use(self.core.get(), nullptr);
  v8::HeapStatistics stats;
  self.core->isolate->GetHeapStatistics(&stats);
  nb::dict result;
  result["used_heap_size"] = stats.used_heap_size();
  result["total_heap_size"] = stats.total_heap_size();
  result["heap_size_limit"] = stats.heap_size_limit();
  result["external_memory"] = stats.external_memory();
  result["array_buffer_bytes"] = self.core->budget->used.load();
  // Address space V8 reserved for this isolate's machine code (one range per isolate in
  // libnode's builds, which have no pointer-compression cage to share it).
  void* code_start = nullptr;
  std::size_t code_range_size = 0;
  self.core->isolate->GetCodeRange(&code_start, &code_range_size);
  result["code_range_size"] = code_range_size;
  return result;
}

}  // namespace

void bind_context(nb::module_& m) {
  nb::class_<PyContext>(m, "Context")
      .def("eval", &eval, nb::arg("source").none(), nb::arg("filename") = "<eval>",
           nb::arg("timeout") = 0.0, nb::arg("as_handle") = false)
      .def("expose", &expose, nb::arg("name").none(), nb::arg("function").none())
      .def("global_object", &global_object)
      .def("microtask_function", [](PyContext& self) { return native_function(self, microtask_checkpoint); })
      .def("clock_function",
           [](PyContext& self, double origin) { return native_function(self, monotonic_now, origin); },
           nb::arg("origin"))
      .def("rejections_function",
           [](PyContext& self) { return native_function(self, has_unhandled_rejections); })
      .def("proxy_check_function", [](PyContext& self) { return native_function(self, is_proxy); })
      .def("detach_function", [](PyContext& self) { return native_function(self, detach_array_buffer); })
      .def("clone_function", [](PyContext& self) { return native_function(self, clone_value); })
      .def("untransferable_functions",
           [](PyContext& self) {
             return function_table(self.core, {{"mark", mark_untransferable_buffer}, {"marked", marked_untransferable}});
           })
      .def("function_compiler", [](PyContext& self) { return native_function(self, compile_function); })
      .def("vm_functions", [](PyContext& self) { return vm_functions(self.core); })
      .def("sockets", [](PyContext& self) { return context_sockets(self.core); })
      .def("text_functions", [](PyContext& self) { return text_functions(self.core); })
      .def("http_head_function", [](PyContext& self) { return native_function(self, parse_request_head); })
      .def("url_functions",
           [](PyContext& self, const std::string& library) { return url_functions(self.core, library); },
           nb::arg("library"))
      .def("v8_binding_function", [](PyContext& self) { return native_function(self, v8_binding); })
      .def("async_context_function",
           [](PyContext& self) -> nb::object {
#if V8_MAJOR_VERSION >= 12
             return native_function(self, async_context);
#else
             return nb::none();
#endif
           })
      .def("message_function", [](PyContext& self, nb::handle sink) { return message_function(self.core, sink); },
           nb::arg("sink"), "A JS function (value, transfer, key) that serializes value and calls sink(Message, key).")
      .def("snapshot_data", &snapshot_data,
           "What the startup snapshot kept for this context (create_snapshot's driver result); "
           "None after the first call or without a snapshot.")
      .def("take_unhandled_rejections", &take_unhandled_rejections,
           "Promises rejected with no handler attached (since the last call).")
      .def("set_module_loader", [](PyContext& self, nb::object loader) {
        if (self.core->closed) raise_error(ErrorKind::closed, "the context is closed");
        self.core->module_loader = std::move(loader);
      }, nb::arg("loader").none())
      .def("compile_module", [](PyContext& self, nb::handle source, const std::string& url) {
        return compile_module(self.core, source, url);
      }, nb::arg("source").none(), nb::arg("url"))
      .def("import_module", [](PyContext& self, nb::handle specifier, const std::string& referrer) {
        return import_module(self.core, specifier, referrer);
      }, nb::arg("specifier").none(), nb::arg("referrer") = "")
      .def("close", [](PyContext& self) { self.core->close(); })
      .def_prop_ro("closed", [](PyContext& self) { return self.core->closed || self.core->iso->closed; })
      .def("same_isolate", [](PyContext& self, PyIsolate& iso) { return self.core->iso == iso.core; });

  nb::class_<PyIsolate>(m, "Isolate")
      .def("__init__", [](PyIsolate* self, std::size_t heap_limit, const Snapshot* snapshot) {
        std::shared_ptr<const std::string> blob = snapshot ? snapshot->blob : nullptr;
        new (self) PyIsolate{std::make_shared<IsolateCore>(heap_limit, std::move(blob))};
      }, nb::arg("heap_limit") = 0, nb::arg("snapshot").none() = nb::none())
      .def("new_context", [](PyIsolate& self) {
        auto ctx = std::make_shared<ContextCore>(self.core);
        ctx->open();
        return PyContext{ctx};
      })
      .def("terminate", [](PyIsolate& self) { self.core->terminate(Termination::requested); })
      .def("hold_stop", [](PyIsolate& self, bool held) { self.core->hold_stop(held); }, nb::arg("held"))
      .def("set_deadline", [](PyIsolate& self, double seconds) {
        if (seconds <= 0) {
          self.core->set_deadline(std::nullopt);
          return;
        }
        self.core->set_deadline(std::chrono::steady_clock::now() +
                                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                    std::chrono::duration<double>(seconds)));
      })
      .def("close", [](PyIsolate& self) { self.core->close(); })
      .def_prop_ro("closed", [](PyIsolate& self) { return self.core->closed.load(); })
      .def_prop_ro("in_call", [](PyIsolate& self) { return self.core->held_by_this_thread(); },
                   "Whether the calling thread is inside a call into this isolate (in a Python function JS called).")
      .def_prop_rw("call_timeout",
                   [](PyIsolate& self) { return self.core->call_timeout.load(); },
                   [](PyIsolate& self, double seconds) { self.core->call_timeout = seconds > 0 ? seconds : 0; })
      .def_prop_rw("auto_microtasks",
                   [](PyIsolate& self) { return self.core->auto_microtasks; },
                   [](PyIsolate& self, bool value) { self.core->auto_microtasks = value; })
      .def("collect_garbage", [](PyIsolate& self) {
        IsolateUse use(self.core.get(), nullptr);
        nb::gil_scoped_release nogil;
        self.core->isolate->LowMemoryNotification();
      })
      .def("run_microtasks", &run_microtasks)
      .def("pump_message_loop", &pump_message_loop)
      .def("heap_statistics", &heap_statistics);
}

}  // namespace toyjs
