// Large Python strs lent to V8 as external strings: JS reads the str's own buffer instead of a
// copy. Kept free of nanobind: external_strings.cpp is compiled without RTTI, as libnode is.
#pragma once

#include <Python.h>
#include <v8.h>

namespace toyjs {

// Called when V8 has let go of a lent str, on whatever thread collected it and without the
// GIL: it must only hand `text` over to be released later. `owner` is lend_string's.
using ReleaseLent = void (*)(void* owner, PyObject* text);

// A JS string over `text`'s buffer (GIL held; Latin-1 or UCS-2 strs only, which V8 reads as
// they are). Holds a reference to text until V8 disposes of the string; empty when V8 cannot
// take it (too long), in which case nothing is held.
v8::MaybeLocal<v8::String> lend_string(v8::Isolate* isolate, PyObject* text, ReleaseLent release,
                                       void* owner);

}  // namespace toyjs
