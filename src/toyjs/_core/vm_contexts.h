// node:vm's contexts: a V8 context whose global object forwards its properties to an
// ordinary JS object (the "contextified" object), and running code in one, with a time limit.
#pragma once

#include "common.h"

#include <memory>

namespace toyjs {

struct ContextCore;

// The callbacks behind a vm context's global object, null-terminated: every isolate is
// created with them (CreateParams::external_references), as a startup snapshot that holds a
// vm context's template refers to them.
const intptr_t* vm_external_references();

// A blank vm context (ECMAScript built-ins only) for a snapshot being made: isolates made
// from the snapshot start their vm contexts from it (Context::FromSnapshot index 0).
v8::Local<v8::Context> new_blank_vm_context(v8::Isolate* isolate);

// A JS object of native functions for node:vm (vm/index.js documents them).
nb::object vm_functions(const std::shared_ptr<ContextCore>& ctx);

// A vm context belongs to the context whose JS made it: its global (or null) for
// ContextCore::of, so that a vm context's promises and callbacks are that context's.
v8::Local<v8::Context> vm_parent_context(v8::Local<v8::Context> context);

}  // namespace toyjs
