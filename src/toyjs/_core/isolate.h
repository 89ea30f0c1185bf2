// IsolateCore: one V8 isolate, the lock that lets one thread at a time use it, its limits
// (heap, ArrayBuffer budget, timeouts, termination) and the queues of work deferred until a
// thread holds it.
#pragma once

#include "allocator.h"
#include "common.h"

#include <atomic>
#include <condition_variable>
#include <chrono>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace toyjs {

struct ContextCore;
struct ContextState;

// Why JS execution was terminated, so the right Python exception can be raised.
enum class Termination { none, timeout, requested, heap_limit, python_exception };

struct IsolateCore {
  // `snapshot`: a startup snapshot (create_snapshot) the isolate's contexts start from, or null.
  IsolateCore(std::size_t heap_limit, std::shared_ptr<const std::string> snapshot);
  ~IsolateCore();
  IsolateCore(const IsolateCore&) = delete;
  IsolateCore& operator=(const IsolateCore&) = delete;

  v8::Isolate* isolate = nullptr;
  std::size_t heap_limit = 0;  // bytes; 0 = V8's default
  bool auto_microtasks = true;
  timespec last_pump{};  // CLOCK_MONOTONIC_COARSE when the platform's queue was last pumped
  std::shared_ptr<ArrayBufferBudget> budget;
  std::shared_ptr<const std::string> snapshot;  // V8 reads it while the isolate lives
  v8::StartupData startup_data{nullptr, 0};

  // --- the lock: one thread at a time (recursive, for re-entrant calls from Python callbacks)
  std::recursive_mutex use_mutex;
  std::atomic<std::thread::id> owner{};
  int depth = 0;  // nesting of calls into JS on the owning thread
  // An isolate used only by the thread that made it needs no v8::Locker; once another
  // thread uses it, every use takes one (V8 insists: a Locker, once used, always).
  std::thread::id creator = std::this_thread::get_id();
  bool use_locker = false;
  // Threads whose V8 thread state stays archived between calls (see IsolateUse).
  std::unordered_set<std::thread::id> parked_threads;
  bool held_by_this_thread() const { return owner.load() == std::this_thread::get_id(); }

  // --- termination; state_mutex guards `isolate` against disposal while another thread
  // terminates it, and the fields below.
  std::mutex state_mutex;
  std::atomic<bool> closed{false};
  std::atomic<Termination> termination{Termination::none};  // written under state_mutex
  // A top-level call is executing JS. Set without state_mutex when a call starts (a terminate
  // that reads false just before is one that came before the call); cleared under it.
  std::atomic<bool> running{false};
  void terminate(Termination reason);  // any thread
  // While set, every top-level call is terminated as it starts (and the running one now): a
  // stop requested from another thread cannot fall between two calls and be missed.
  std::atomic<bool> stop_held{false};
  void hold_stop(bool held);  // any thread
  nb::object pending_python_exception;  // a BaseException (KeyboardInterrupt...) to re-raise
  // Python's signal handlers are running inside a V8 interrupt of this isolate's call
  // (interrupts.h): V8 forbids calling into the isolate from there.
  bool in_signal_handlers = false;

  // --- timeouts: one watchdog thread per isolate, started on first use
  // A call from Python that names no timeout of its own (a handle's method, a global's
  // getter) gets this one, in seconds (0: none): a sandbox's handles obey its time limit.
  std::atomic<double> call_timeout{0};
  void set_deadline(std::optional<std::chrono::steady_clock::time_point> deadline);
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // The deadline the watchdog last terminated JS for (state_mutex): a nested time limit
  // (vm's `timeout`) tells its own expiry from an outer one's by it.
  std::chrono::steady_clock::time_point fired_deadline{};

  // --- strs lent to V8 as external strings: V8 is told of their size as external memory,
  // so that it collects the strings it no longer needs (and lets go of the strs) as they
  // pile up; the ArrayBuffer budget leaves them out, as Python owns them.
  std::atomic<int64_t> lent_bytes{0};
  std::atomic<int64_t> lent_bytes_released{0};  // by V8, on any thread; settled by drain_pending
  void lent(int64_t bytes);                      // lock held

  // --- resources released by threads that did not hold the lock
  std::mutex pending_mutex;
  std::unordered_map<v8::Global<v8::Value>*, ContextCore*> live_handles;
  std::vector<v8::Global<v8::Value>*> handles_to_free;
  std::vector<std::unique_ptr<ContextState>> contexts_to_free;
  std::vector<PyObject*> decrefs;  // Python objects whose JS owner was collected
  std::atomic<bool> has_pending{false};
  std::unordered_set<ContextCore*> contexts;
  std::unordered_set<struct PyRef*> pyrefs;

  v8::Global<v8::Value>* keep(v8::Local<v8::Value> value, ContextCore* ctx);
  void forget(v8::Global<v8::Value>* handle);  // any thread, GIL held
  void drain_pending();                       // lock held, GIL held

  void close();  // GIL held

 private:
  void watchdog_loop();
  std::thread watchdog;
  std::condition_variable watchdog_cv;
  bool watchdog_stop = false;
};

// Holds the isolate for the current thread: waits for the lock with the GIL released,
// takes V8's Locker where needed and enters the isolate. Raises ClosedError when the
// isolate (or the given context) is closed.
class IsolateUse {
 public:
  IsolateUse(IsolateCore* core, ContextCore* ctx);
  ~IsolateUse();
  IsolateUse(const IsolateUse&) = delete;
  IsolateUse& operator=(const IsolateUse&) = delete;
  bool top_level() const { return top_level_; }

 private:
  IsolateCore* core_;
  bool top_level_ = false;
  IsolateCore* outer_watched_ = nullptr;  // see main_thread_call_started
  std::optional<v8::Locker> locker_;
  std::optional<v8::Isolate::Scope> isolate_scope_;
};

// A Python object kept alive for as long as a JS object lives (a Python callable behind a
// JS function, a Python exception behind a JS Error). Freed by a weak callback.
struct PyRef {
  PyObject* object;
  IsolateCore* core;
  v8::Global<v8::Value> owner;
};
// Creates the reference (holding a strong Python reference) ...
PyRef* new_pyref(IsolateCore* core, PyObject* object);
// ... and ties its lifetime to `owner`: when V8 collects owner, the Python object is released.
void bind_pyref(PyRef* ref, v8::Local<v8::Object> owner);

// Releases a Python object V8 has let go of (any thread, GIL or not): queued, and decref'd
// by the next thread that holds the isolate and the GIL, or by close().
void release_python_object(IsolateCore* core, PyObject* object);

// The isolate behind a v8::Isolate*, via its embedder data slot.
IsolateCore* core_of(v8::Isolate* isolate);

}  // namespace toyjs
