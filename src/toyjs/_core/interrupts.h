// Python's signal handlers (Ctrl-C's KeyboardInterrupt above all) while JS runs on Python's
// main thread.
//
// CPython runs a signal's Python handler on the main thread between two bytecodes; a long JS
// call on that thread runs none, so without help Ctrl-C would wait for the script to end
// (forever, for `for (;;) {}`). While a top-level call runs on the main thread, a process-wide
// monitor thread asks V8 for an interrupt when SIGINT arrives; in it the JS thread takes the
// GIL and lets Python run its pending handlers (PyErr_CheckSignals). A handler that raises
// (the default one raises KeyboardInterrupt) stops the JS, and the call raises that exception;
// the isolate stays usable. A handler that returns lets the JS go on, as in Python.
#pragma once

#include "common.h"

namespace toyjs {

struct IsolateCore;

// Called by IsolateUse around each top-level call; both do nothing off the main thread.
// started() returns the isolate watched before (a call into another isolate from a Python
// callback nests), which ended() watches again.
IsolateCore* main_thread_call_started(IsolateCore* core);
void main_thread_call_ended(IsolateCore* outer);
// Called by IsolateCore::close() before disposing of the isolate: the monitor lets go of it.
void forget_watched(IsolateCore* core);

// Records which thread is Python's main thread (at import of the extension).
void bind_interrupts(nb::module_& m);

}  // namespace toyjs
