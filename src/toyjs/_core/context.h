// ContextCore: one V8 context (own global object) of an isolate, and CallScope, the RAII
// entry every call from Python into JS goes through.
#pragma once

#include "common.h"
#include "isolate.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace toyjs {

// A context's embedder data slots: its ContextState (null in a vm context and once closed);
// a vm context's contextified object, and the global of the context that made it.
constexpr int kContextStateSlot = 1;
constexpr int kVmSandboxSlot = 2;
constexpr int kVmParentSlot = 3;

class SocketSet;  // sockets.cpp

struct ModuleRecord {
  std::string url;
  v8::Global<v8::Module> module;
  v8::Global<v8::Value> evaluation;  // the promise Evaluate() returned, once evaluated
  // A synthetic module (exports given by the host): the function whose result holds them,
  // called when the module is evaluated, and their names.
  v8::Global<v8::Function> synthetic_evaluate;
  std::vector<std::string> export_names;
};

// The V8 side of a context: freed only while the isolate is held (see IsolateCore::drain_pending).
struct ContextState {
  std::weak_ptr<ContextCore> owner;
  v8::Isolate* isolate = nullptr;
  v8::Global<v8::Context> context;
  std::unordered_map<std::string, std::unique_ptr<ModuleRecord>> modules_by_url;
  std::unordered_multimap<int, ModuleRecord*> modules_by_hash;  // identity hashes can collide
  std::vector<v8::Global<v8::Promise>> unhandled_rejections;  // rejected with no handler yet
  std::atomic<std::size_t> unhandled_count{0};  // its size, readable without the isolate's lock
  std::shared_ptr<SocketSet> sockets;  // node:net's native sockets, made on first use
  ~ContextState();
};

struct ContextCore : std::enable_shared_from_this<ContextCore> {
  explicit ContextCore(std::shared_ptr<IsolateCore> iso);
  ~ContextCore();
  ContextCore(const ContextCore&) = delete;
  ContextCore& operator=(const ContextCore&) = delete;

  void open();          // creates the V8 context; call once after construction
  void close();         // GIL held; raises if called from inside a call into this isolate
  void close_locked();  // the isolate is held by this thread

  std::shared_ptr<IsolateCore> iso;
  std::unique_ptr<ContextState> state;
  std::atomic<bool> closed{false};
  nb::object module_loader;  // object with resolve(specifier, referrer, attributes) and load(url, attributes)

  // The context a V8 context belongs to; null after it was closed.
  static std::shared_ptr<ContextCore> of(v8::Local<v8::Context> context);
  // The same, for a callback from JS: when closed, a JS Error is thrown and null returned.
  static std::shared_ptr<ContextCore> of_callback(v8::Local<v8::Context> context);
};

// Entered for every call from Python into JS (GIL held on entry and exit): takes the
// isolate's lock, enters isolate and context, applies the timeout; at the top level it
// runs the microtask checkpoint and pumps the platform's message loop after the call.
class CallScope {
 public:
  explicit CallScope(const std::shared_ptr<ContextCore>& ctx, double timeout = 0);
  ~CallScope();

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_; }
  const std::shared_ptr<ContextCore>& ctx() const { return ctx_; }

  // Run JS (f returns a MaybeLocal) with the GIL released; at the top level, when it
  // succeeded, also the microtask checkpoint. Raises the matching Python error on failure.
  template <class F>
  auto run(v8::TryCatch& try_catch, F&& f) -> decltype(f().ToLocalChecked()) {
    decltype(f()) result;
    {
      nb::gil_scoped_release nogil;
      result = f();
      if (!result.IsEmpty()) settle();
    }
    if (result.IsEmpty() || terminated()) raise_from_js_here(try_catch);
    return result.ToLocalChecked();
  }

  // The same for operations that return a Maybe (Has, Set, Delete...).
  template <class F>
  auto run_maybe(v8::TryCatch& try_catch, F&& f) -> decltype(f().FromJust()) {
    std::optional<decltype(f())> result;
    {
      nb::gil_scoped_release nogil;
      result.emplace(f());
      if (result->IsJust()) settle();
    }
    if (result->IsNothing() || terminated()) raise_from_js_here(try_catch);
    return result->FromJust();
  }

  void settle();  // GIL released: microtask checkpoint (if automatic) at the top level
  bool terminated() const;
  [[noreturn]] void raise_from_js_here(v8::TryCatch& try_catch);

 private:
  void pump_for_a_while();  // the platform's foreground tasks, within a small time budget

  const std::shared_ptr<ContextCore>& ctx_;  // outlives the scope: owned by the caller
  v8::Isolate* isolate_;
  IsolateUse use_;
  v8::HandleScope handle_scope_;
  v8::Local<v8::Context> context_;
  v8::Context::Scope context_scope_;
  std::optional<std::optional<std::chrono::steady_clock::time_point>> saved_deadline_;
};

// Engine hooks installed on every isolate (modules.cpp, context.cpp).
void install_module_hooks(v8::Isolate* isolate);
void install_promise_hooks(v8::Isolate* isolate);

// Context methods for ES modules (modules.cpp).
nb::object compile_module(const std::shared_ptr<ContextCore>& ctx, nb::handle source,
                          const std::string& url);
nb::object import_module(const std::shared_ptr<ContextCore>& ctx, nb::handle specifier,
                         const std::string& referrer);

void bind_context(nb::module_& m);
void bind_modules(nb::module_& m);

}  // namespace toyjs
