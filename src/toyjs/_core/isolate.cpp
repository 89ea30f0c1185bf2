#include "isolate.h"

#include "context.h"
#include "errors.h"
#include "interrupts.h"
#include "platform.h"
#include "vm_contexts.h"

#include <pthread.h>

#include <algorithm>

namespace toyjs {

namespace {

constexpr uint32_t kCoreSlot = 0;

// Headroom the terminating script may use to unwind, beyond the configured limit. A single
// builtin (JSON.parse of a huge text, Array.prototype.fill) can allocate a lot before it
// next checks for termination, so the limit doubles each time V8 asks, up to this cap;
// past it V8 aborts the process, which only the out-of-process mode can contain.
constexpr std::size_t kMaxHeadroom = std::size_t{2} << 30;

std::size_t near_heap_limit(void* data, std::size_t current_limit, std::size_t initial_limit) {
  auto* core = static_cast<IsolateCore*>(data);
  core->terminate(Termination::heap_limit);
  std::size_t raised = current_limit + std::max<std::size_t>(current_limit, 256u << 20);
  return std::min(raised, initial_limit + kMaxHeadroom);
}

// V8 lets JS use this much stack below where it is entered (its --stack-size default), which
// is more than a thread started with a small stack (threading.stack_size(512 * 1024)) has.
constexpr uintptr_t kV8StackSize = 984 * 1024;

// The lowest stack address JS may reach on this thread: V8's own allowance, but never closer
// to the end of the thread's real stack than a quarter of it (64-256 KiB), which is left for
// V8 to throw its RangeError and for the Python and C++ frames of host calls.
uintptr_t stack_limit_here() {
  struct Bounds {
    uintptr_t bottom = 0;
    uintptr_t reserve = 0;
  };
  thread_local Bounds bounds = [] {
    Bounds found;
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
      void* address = nullptr;
      size_t size = 0;
      if (pthread_attr_getstack(&attributes, &address, &size) == 0) {
        found.bottom = reinterpret_cast<uintptr_t>(address);
        found.reserve = std::clamp<uintptr_t>(size / 4, 64 * 1024, 256 * 1024);
      }
      pthread_attr_destroy(&attributes);
    }
    return found;
  }();
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t limit = here - kV8StackSize;
  if (bounds.bottom) limit = std::max(limit, bounds.bottom + bounds.reserve);
  return limit;
}

void array_buffer_refused(void* data) {
  static_cast<IsolateCore*>(data)->terminate(Termination::heap_limit);
}

// WebAssembly memories are not allocated through the ArrayBuffer allocator, so the budget never
// sees them; V8 counts them (with the ArrayBuffers) as external memory, and collects garbage as
// that grows. After a collection, external memory beyond the budget ends the running script as
// heap exhaustion does.
void check_external_memory(v8::Isolate* isolate, v8::GCType, v8::GCCallbackFlags, void* data) {
  auto* core = static_cast<IsolateCore*>(data);
  std::size_t limit = core->budget->limit;
  int64_t external = isolate->AdjustAmountOfExternalAllocatedMemory(0) - core->lent_bytes.load();
  if (limit && external > 0 && static_cast<std::size_t>(external) > limit) {
    core->terminate(Termination::heap_limit);
  }
}

void free_pyref(const v8::WeakCallbackInfo<PyRef>& info) {
  PyRef* ref = info.GetParameter();
  ref->owner.Reset();
  IsolateCore* core = ref->core;
  std::lock_guard<std::mutex> guard(core->pending_mutex);
  core->decrefs.push_back(ref->object);
  core->has_pending = true;
  core->pyrefs.erase(ref);
  delete ref;
}

}  // namespace

void release_python_object(IsolateCore* core, PyObject* object) {
  std::lock_guard<std::mutex> guard(core->pending_mutex);
  core->decrefs.push_back(object);
  core->has_pending = true;
}

IsolateCore* core_of(v8::Isolate* isolate) {
  return static_cast<IsolateCore*>(isolate->GetData(kCoreSlot));
}

IsolateCore::IsolateCore(std::size_t heap_limit_bytes, std::shared_ptr<const std::string> snapshot_blob)
    : heap_limit(heap_limit_bytes), snapshot(std::move(snapshot_blob)) {
  constexpr std::size_t kYoungGenerationBytes = 24 * 1024 * 1024;
  platform();
  budget = std::make_shared<ArrayBufferBudget>();
  budget->limit = heap_limit;
  budget->on_refused = array_buffer_refused;
  budget->on_refused_data = this;

  v8::Isolate::CreateParams params;
  params.array_buffer_allocator_shared = make_budget_allocator(budget);
  params.external_references = vm_external_references();  // a snapshot's vm context needs them
  if (heap_limit) {
    params.constraints.ConfigureDefaultsFromHeapSize(0, heap_limit);
  } else {
    // V8 13.6 lets the young generation grow to 64 MB, and each scavenge then copies more of
    // what is in flight: in a 50-connection HTTP loop, capped at 24 MB (8 MB semi-spaces) the
    // median scavenge pause halves (0.6 -> 0.3 ms, p90 1.0 -> 0.5 ms) for ~3% more time in
    // GC. A server's tail latency is worth that; Node's young generation is smaller still.
    params.constraints.set_max_young_generation_size_in_bytes(kYoungGenerationBytes);
  }
  if (snapshot) {
    startup_data = {snapshot->data(), static_cast<int>(snapshot->size())};
    params.snapshot_blob = &startup_data;
  }
  isolate = v8::Isolate::New(params);
  isolate->SetData(kCoreSlot, this);
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->AddNearHeapLimitCallback(near_heap_limit, this);
  isolate->AddGCEpilogueCallback(check_external_memory, this);
  isolate->AutomaticallyRestoreInitialHeapLimit(0.5);
  // Errors remember where they were made, so one thrown by a builtin can be located.
  isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  // Without a listener V8 prints what nobody caught to stdout itself ("Uncaught null", from
  // V8 10.2 when a microtask is stopped): the host reports errors, the library never prints.
  isolate->AddMessageListener([](v8::Local<v8::Message>, v8::Local<v8::Value>) {});
  install_module_hooks(isolate);
  install_promise_hooks(isolate);
}

IsolateCore::~IsolateCore() {
  if (_Py_IsFinalizing() && !forked_after_start()) return;  // the process is ending: no orderly teardown
  close();
}

void IsolateCore::terminate(Termination reason) {
  std::lock_guard<std::mutex> guard(state_mutex);
  if (closed || !running) return;
  if (termination == Termination::none) termination = reason;
  isolate->TerminateExecution();
}

void IsolateCore::hold_stop(bool held) {
  stop_held = held;
  if (held) terminate(Termination::requested);
}

void IsolateCore::set_deadline(std::optional<std::chrono::steady_clock::time_point> when) {
  std::lock_guard<std::mutex> guard(state_mutex);
  // A closed isolate has joined its watchdog: one started now would outlive it (and a
  // std::thread destroyed unjoined aborts the process).
  if (closed) return;
  deadline = when;
  if (when && !watchdog.joinable()) watchdog = std::thread([this] { watchdog_loop(); });
  watchdog_cv.notify_all();
}

void IsolateCore::watchdog_loop() {
  std::unique_lock<std::mutex> guard(state_mutex);
  while (!watchdog_stop) {
    if (!deadline) {
      watchdog_cv.wait(guard);
    } else if (watchdog_cv.wait_until(guard, *deadline) == std::cv_status::timeout &&
               deadline && std::chrono::steady_clock::now() >= *deadline) {
      fired_deadline = *deadline;
      deadline.reset();
      if (running && !closed) {
        if (termination == Termination::none) termination = Termination::timeout;
        isolate->TerminateExecution();
      }
    }
  }
}

v8::Global<v8::Value>* IsolateCore::keep(v8::Local<v8::Value> value, ContextCore* ctx) {
  auto* handle = new v8::Global<v8::Value>(isolate, value);
  std::lock_guard<std::mutex> guard(pending_mutex);
  live_handles.emplace(handle, ctx);
  return handle;
}

void IsolateCore::forget(v8::Global<v8::Value>* handle) {
  if (!handle || forked_after_start()) return;  // in a forked child, V8's memory is not ours
  std::lock_guard<std::mutex> guard(pending_mutex);
  if (closed || handle->IsEmpty()) {  // reset when its context or isolate closed
    delete handle;
    return;
  }
  live_handles.erase(handle);
  if (held_by_this_thread()) {
    delete handle;
  } else {
    handles_to_free.push_back(handle);
    has_pending = true;
  }
}

void IsolateCore::lent(int64_t bytes) {
  lent_bytes += bytes;
  isolate->AdjustAmountOfExternalAllocatedMemory(bytes);
}

void IsolateCore::drain_pending() {
  if (!has_pending.load(std::memory_order_relaxed) || !has_pending.exchange(false)) return;
  if (int64_t released = lent_bytes_released.exchange(0)) lent(-released);
  std::vector<v8::Global<v8::Value>*> handles;
  std::vector<std::unique_ptr<ContextState>> states;
  std::vector<PyObject*> objects;
  {
    std::lock_guard<std::mutex> guard(pending_mutex);
    handles.swap(handles_to_free);
    states.swap(contexts_to_free);
    objects.swap(decrefs);
  }
  for (auto* handle : handles) delete handle;
  states.clear();
  for (PyObject* object : objects) Py_DECREF(object);
}

PyRef* new_pyref(IsolateCore* core, PyObject* object) {
  Py_INCREF(object);
  auto* ref = new PyRef{object, core, {}};
  std::lock_guard<std::mutex> guard(core->pending_mutex);
  core->pyrefs.insert(ref);
  return ref;
}

void bind_pyref(PyRef* ref, v8::Local<v8::Object> owner) {
  ref->owner.Reset(ref->core->isolate, owner);
  ref->owner.SetWeak(ref, free_pyref, v8::WeakCallbackType::kParameter);
}

void IsolateCore::close() {
  if (closed) return;
  if (forked_after_start()) {
    // A copy of the parent's isolate with no thread behind it: left as it is, unused.
    closed = true;
    if (watchdog.joinable()) watchdog.detach();
    for (auto& state : contexts_to_free) (void)state.release();
    return;
  }
  if (held_by_this_thread() && depth > 0) {
    raise_error(ErrorKind::runtime, "cannot close an isolate from inside a call into it");
  }
  terminate(Termination::requested);  // a call running on another thread ends first
  std::vector<PyRef*> refs;
  {
    IsolateUse use(this, nullptr);
    v8::HandleScope handles(isolate);
    std::vector<ContextCore*> open;
    {
      std::lock_guard<std::mutex> guard(pending_mutex);
      open.assign(contexts.begin(), contexts.end());
    }
    for (ContextCore* ctx : open) ctx->close_locked();
    has_pending = true;
    drain_pending();
    std::lock_guard<std::mutex> guard(pending_mutex);
    for (auto& [handle, ctx] : live_handles) handle->Reset();
    live_handles.clear();
    refs.assign(pyrefs.begin(), pyrefs.end());
    pyrefs.clear();
    for (PyRef* ref : refs) ref->owner.Reset();
    std::lock_guard<std::mutex> state(state_mutex);
    closed = true;
    watchdog_stop = true;
    watchdog_cv.notify_all();
  }
  {
    nb::gil_scoped_release nogil;
    if (watchdog.joinable()) watchdog.join();
    forget_watched(this);
    std::lock_guard<std::recursive_mutex> use(use_mutex);
    isolate->Dispose();
    isolate = nullptr;
  }
  for (PyRef* ref : refs) {
    Py_DECREF(ref->object);
    delete ref;
  }
  std::vector<PyObject*> released;  // strs lent to V8, given back as the isolate went
  {
    std::lock_guard<std::mutex> guard(pending_mutex);
    released.swap(decrefs);
  }
  for (PyObject* object : released) Py_DECREF(object);
}

IsolateUse::IsolateUse(IsolateCore* core, ContextCore* ctx) : core_(core) {
  refuse_if_forked();  // before any lock: one held by another thread at fork() stays held
  if (!core->use_mutex.try_lock()) {
    nb::gil_scoped_release nogil;  // never wait for the isolate while holding the GIL
    core->use_mutex.lock();
  }
  if (core->closed || (ctx && ctx->closed)) {
    core->use_mutex.unlock();
    raise_error(ErrorKind::closed,
                core->closed ? "the isolate is closed" : "the context is closed");
  }
  if (core->in_signal_handlers) {
    core->use_mutex.unlock();
    raise_error(ErrorKind::runtime,
                "a Python signal handler cannot call into the isolate whose JS it interrupted");
  }
  if (core->depth++ == 0) {
    top_level_ = true;
    std::thread::id self = std::this_thread::get_id();
    core->owner = self;
    if (!core->use_locker && self != core->creator) core->use_locker = true;
    if (core->use_locker && core->parked_threads.insert(self).second) {
      // A v8::Locker that is the outermost on its thread frees the thread's V8 state when
      // it ends, and the next one rebuilds it: most of the cost of a call. An outer Locker
      // with an Unlocker inside, kept for the isolate's lifetime, leaves the state archived
      // instead, so each call's Locker merely restores it. Both are deliberately never
      // destroyed: that would have to happen on this thread, in order.
      new v8::Locker(core->isolate);
      new v8::Unlocker(core->isolate);
    }
    core->running = true;
    if (core->stop_held) core->terminate(Termination::requested);  // after `running`: see hold_stop
    outer_watched_ = main_thread_call_started(core);
  }
  if (core->use_locker) locker_.emplace(core->isolate);
  isolate_scope_.emplace(core->isolate);
  if (top_level_) core->isolate->SetStackLimit(stack_limit_here());
}

IsolateUse::~IsolateUse() {
  isolate_scope_.reset();
  locker_.reset();
  if (--core_->depth == 0) {
    main_thread_call_ended(outer_watched_);
    {
      // A termination requested as the call finished must not leak into the next one.
      std::lock_guard<std::mutex> guard(core_->state_mutex);
      core_->running = false;
      if (core_->termination != Termination::none) {
        core_->termination = Termination::none;
        core_->isolate->CancelTerminateExecution();
      }
    }
    core_->owner = std::thread::id();
  }
  core_->use_mutex.unlock();
}

}  // namespace toyjs
