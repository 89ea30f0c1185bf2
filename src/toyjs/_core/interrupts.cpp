#include "interrupts.h"

#include "isolate.h"

#include <pthread.h>
#include <semaphore.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <ctime>
#include <mutex>
#include <thread>

namespace toyjs {

namespace {

unsigned long main_thread_ident = 0;

// The isolate whose top-level call runs on the main thread now, if any. Set and cleared by
// that thread with plain atomic stores (calls are hot); the monitor reads it under
// `watched_in_use`, which close() takes before disposing of an isolate.
std::atomic<IsolateCore*> watched{nullptr};
std::mutex watched_in_use;

// The monitor sleeps on `wake` while no call is watched; a call starting then, or SIGINT,
// posts it (sem_post is async-signal-safe).
sem_t wake;
std::atomic<bool> monitor_idle{false};
std::once_flag monitor_started;
std::atomic<unsigned> sigints{0};

// How often the monitor looks while a call is watched: the delay before a SIGINT that found
// our handler displaced (see take_sigint) is seen, and how soon it is put back.
constexpr long kTickMs = 50;
// Idle ticks with nothing watched before the monitor sleeps until woken.
constexpr int kTicksBeforeSleep = 20;

// The handler ours runs after itself: Python's, which sets its "tripped" flag for
// PyErr_CheckSignals. Two slots, so that the monitor can replace it while a signal is being
// handled with the other.
struct sigaction chained[2];
std::atomic<int> chained_slot{0};

bool is_main_thread() { return PyThread_get_thread_ident() == main_thread_ident; }

void on_sigint(int signal_number, siginfo_t* info, void* context) {
  int saved_errno = errno;
  sigints.fetch_add(1);
  sem_post(&wake);
  const struct sigaction& next = chained[chained_slot.load()];
  if (next.sa_flags & SA_SIGINFO) {
    next.sa_sigaction(signal_number, info, context);
  } else if (next.sa_handler != SIG_DFL && next.sa_handler != SIG_IGN) {
    next.sa_handler(signal_number);
  }
  errno = saved_errno;
}

bool is_ours(const struct sigaction& action) {
  return (action.sa_flags & SA_SIGINFO) && action.sa_sigaction == on_sigint;
}

bool is_default_or_ignored(const struct sigaction& action) {
  return !(action.sa_flags & SA_SIGINFO) &&
         (action.sa_handler == SIG_DFL || action.sa_handler == SIG_IGN);
}

// Puts on_sigint in front of the SIGINT handler installed now. Python installs its own
// whenever `signal.signal(SIGINT, ...)` is called (asyncio.run does), so this is checked
// again on every tick of a watched call. Returns true when ours had been displaced: a
// SIGINT may then have reached Python's handler alone. A handler set to SIG_DFL or SIG_IGN
// is left alone (Ctrl-C then kills the process, or does nothing, as Python was told).
bool take_sigint() {
  struct sigaction now;
  if (sigaction(SIGINT, nullptr, &now) != 0 || is_ours(now) || is_default_or_ignored(now)) {
    return false;
  }
  if (_Py_IsFinalizing()) return false;
  // With the GIL held, Python's signal.signal() cannot change the handler in between.
  nb::gil_scoped_acquire gil;
  if (sigaction(SIGINT, nullptr, &now) != 0 || is_ours(now) || is_default_or_ignored(now)) {
    return false;
  }
  int slot = 1 - chained_slot.load();
  chained[slot] = now;
  chained_slot.store(slot);
  struct sigaction ours {};
  ours.sa_sigaction = on_sigint;
  ours.sa_flags = SA_SIGINFO | (now.sa_flags & SA_ONSTACK);
  sigemptyset(&ours.sa_mask);
  sigaction(SIGINT, &ours, nullptr);
  return true;
}

// Runs on the JS thread, between two JS instructions (a V8 interrupt).
void run_python_signal_handlers(v8::Isolate* isolate, void*) {
  if (!is_main_thread() || _Py_IsFinalizing()) return;
  IsolateCore* core = core_of(isolate);
  nb::gil_scoped_acquire gil;
  core->in_signal_handlers = true;  // V8 forbids re-entering an isolate from its interrupt
  int failed = PyErr_CheckSignals();
  core->in_signal_handlers = false;
  if (failed == 0) return;
  nb::python_error error;
  core->pending_python_exception = nb::borrow(error.value());
  core->terminate(Termination::python_exception);
}

void sleep_one_tick() {
  timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_nsec += kTickMs * 1000000;
  if (until.tv_nsec >= 1000000000) {
    until.tv_sec += 1;
    until.tv_nsec -= 1000000000;
  }
  while (sem_timedwait(&wake, &until) != 0 && errno == EINTR) {
  }
}

void monitor() {
  sigset_t sigint_only;
  sigemptyset(&sigint_only);
  sigaddset(&sigint_only, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint_only, nullptr);  // SIGINT goes to the threads doing work
  unsigned seen = sigints.load();
  int idle_ticks = 0;
  for (;;) {
    if (idle_ticks >= kTicksBeforeSleep) {
      monitor_idle.store(true);
      if (watched.load() == nullptr) {
        while (sem_wait(&wake) != 0 && errno == EINTR) {
        }
      }
      monitor_idle.store(false);
      idle_ticks = 0;
    } else {
      sleep_one_tick();
    }
    std::lock_guard<std::mutex> guard(watched_in_use);
    IsolateCore* core = watched.load();
    if (core == nullptr) {
      ++idle_ticks;
      continue;
    }
    idle_ticks = 0;
    bool displaced = take_sigint();
    unsigned count = sigints.load();
    if (displaced || count != seen) {
      core->isolate->RequestInterrupt(run_python_signal_handlers, nullptr);
    }
    seen = count;
  }
}

}  // namespace

IsolateCore* main_thread_call_started(IsolateCore* core) {
  if (!is_main_thread()) return nullptr;
  std::call_once(monitor_started, [] {
    sem_init(&wake, 0, 0);
    std::thread(monitor).detach();
  });
  IsolateCore* outer = watched.exchange(core);
  if (monitor_idle.load()) sem_post(&wake);
  return outer;
}

void main_thread_call_ended(IsolateCore* outer) {
  if (is_main_thread()) watched.store(outer);
}

void forget_watched(IsolateCore* core) {
  std::lock_guard<std::mutex> guard(watched_in_use);
  IsolateCore* expected = core;
  watched.compare_exchange_strong(expected, nullptr);
}

void bind_interrupts(nb::module_&) {
  main_thread_ident = nb::cast<unsigned long>(
      nb::module_::import_("threading").attr("main_thread")().attr("ident"));
}

}  // namespace toyjs
