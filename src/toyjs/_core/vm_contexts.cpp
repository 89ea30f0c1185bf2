// node:vm's contexts.
//
// A vm context is a V8 context of the same isolate whose global object has property
// interceptors: reads find the contextified object's properties first (then the context's
// own built-ins), writes, definitions and deletions go to that object, and enumeration lists
// its keys. The object and the context are linked through V8's heap only: the object holds
// the context's global under a private key, the context holds the object in an embedder
// data slot. So a context lives exactly as long as its object is reachable, and the garbage
// collector frees both together; no C++ state is kept per context.
#include "vm_contexts.h"

#include "context.h"
#include "function_table.h"
#include "isolate.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace toyjs {

namespace {

using v8::Local;

// --- small version shims

template <class T>
Local<v8::Object> holder_of(const v8::PropertyCallbackInfo<T>& info) {
#if V8_MAJOR_VERSION >= 13
  return info.HolderV2();
#else
  return info.Holder();
#endif
}

v8::MaybeLocal<v8::Context> creation_context(v8::Isolate* isolate, Local<v8::Object> object) {
#if V8_MAJOR_VERSION >= 13
  return object->GetCreationContext(isolate);
#else
  (void)isolate;
  return object->GetCreationContext();
#endif
}

// --- the link between a contextified object and its context

Local<v8::Private> context_key(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, v8_str(isolate, "toyjs:vm.context"));
}

Local<v8::Private> decorated_key(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, v8_str(isolate, "toyjs:vm.decorated"));
}

// The vm context made for `value` by createContext, if it is a contextified object.
bool context_of_object(v8::Isolate* isolate, Local<v8::Context> here, Local<v8::Value> value,
                       Local<v8::Context>* out) {
  if (!value->IsObject()) return false;
  Local<v8::Value> global;
  if (!value.As<v8::Object>()->GetPrivate(here, context_key(isolate)).ToLocal(&global) || !global->IsObject()) {
    return false;
  }
  return creation_context(isolate, global.As<v8::Object>()).ToLocal(out);
}

// The contextified object behind the global object an interceptor was called for.
template <class T>
bool sandbox_of(const v8::PropertyCallbackInfo<T>& info, Local<v8::Context>* context, Local<v8::Object>* sandbox) {
  if (!creation_context(info.GetIsolate(), holder_of(info)).ToLocal(context)) return false;
  if ((*context)->GetNumberOfEmbedderDataFields() <= kVmSandboxSlot) return false;
  Local<v8::Value> value = (*context)->GetEmbedderData(kVmSandboxSlot);
  if (!value->IsObject()) return false;  // the blank context of a snapshot being made
  *sandbox = value.As<v8::Object>();
  return true;
}

// An exception caught while forwarding goes on to the script (a termination goes on by itself).
void pass_on(v8::TryCatch& try_catch) {
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
}

// --- what the interceptors do; each returns whether it handled the request (else V8 goes on
// to the global object's own properties: the context's built-ins and its `var`s)

bool get_property(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  v8::TryCatch try_catch(info.GetIsolate());
  Local<v8::Value> value;
  if (sandbox->GetRealNamedProperty(context, key).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
    return true;
  }
  pass_on(try_catch);
  return try_catch.HasCaught();
}

template <class T>
bool set_property(Local<v8::Name> key, Local<v8::Value> value, const v8::PropertyCallbackInfo<T>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  // A read-only global (undefined, NaN, Infinity) stays as it is: V8 refuses the write.
  v8::PropertyAttribute attributes;
  if (holder_of(info)->GetRealNamedPropertyAttributes(context, key).To(&attributes) &&
      (attributes & v8::ReadOnly)) {
    return false;
  }
  v8::TryCatch try_catch(info.GetIsolate());
  if (sandbox->Set(context, key, value).IsNothing()) pass_on(try_catch);
  return true;
}

bool query_property(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  v8::TryCatch try_catch(info.GetIsolate());
  v8::PropertyAttribute attributes;
  if (sandbox->HasRealNamedProperty(context, key).FromMaybe(false) &&
      sandbox->GetRealNamedPropertyAttributes(context, key).To(&attributes)) {
    info.GetReturnValue().Set(static_cast<int32_t>(attributes));
    return true;
  }
  pass_on(try_catch);
  return try_catch.HasCaught();
}

bool delete_property(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  v8::TryCatch try_catch(info.GetIsolate());
  if (!sandbox->HasRealNamedProperty(context, key).FromMaybe(false)) {
    pass_on(try_catch);
    return try_catch.HasCaught();
  }
  bool deleted = false;
  if (!sandbox->Delete(context, key).To(&deleted)) pass_on(try_catch);
  info.GetReturnValue().Set(deleted);
  return true;
}

template <class T>
bool define_property(Local<v8::Name> key, const v8::PropertyDescriptor& descriptor,
                     const v8::PropertyCallbackInfo<T>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  // A non-configurable global of the context's own (undefined...) is V8's to defend.
  v8::PropertyAttribute attributes;
  if (!sandbox->HasRealNamedProperty(context, key).FromMaybe(false) &&
      holder_of(info)->GetRealNamedPropertyAttributes(context, key).To(&attributes) &&
      (attributes & v8::DontDelete)) {
    return false;
  }
  v8::TryCatch try_catch(info.GetIsolate());
  // DefineProperty takes the descriptor by non-const reference but does not change it.
  if (sandbox->DefineProperty(context, key, const_cast<v8::PropertyDescriptor&>(descriptor)).IsNothing()) {
    pass_on(try_catch);
  }
  return true;
}

bool describe_property(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return false;
  v8::TryCatch try_catch(info.GetIsolate());
  Local<v8::Value> descriptor;
  if (sandbox->HasRealNamedProperty(context, key).FromMaybe(false) &&
      sandbox->GetOwnPropertyDescriptor(context, key).ToLocal(&descriptor)) {
    info.GetReturnValue().Set(descriptor);
    return true;
  }
  pass_on(try_catch);
  return try_catch.HasCaught();
}

// The contextified object's own enumerable keys: named ones or indices.
void list_keys(const v8::PropertyCallbackInfo<v8::Array>& info, bool indices) {
  Local<v8::Context> context;
  Local<v8::Object> sandbox;
  if (!sandbox_of(info, &context, &sandbox)) return;
  v8::TryCatch try_catch(info.GetIsolate());
  int filter = v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS | (indices ? v8::SKIP_STRINGS : 0);
  Local<v8::Array> keys;
  if (sandbox
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, static_cast<v8::PropertyFilter>(filter),
                             indices ? v8::IndexFilter::kIncludeIndices : v8::IndexFilter::kSkipIndices,
                             indices ? v8::KeyConversionMode::kKeepNumbers : v8::KeyConversionMode::kConvertToString)
          .ToLocal(&keys)) {
    info.GetReturnValue().Set(keys);
  }
  pass_on(try_catch);
}

void enumerate_named(const v8::PropertyCallbackInfo<v8::Array>& info) { list_keys(info, false); }
void enumerate_indexed(const v8::PropertyCallbackInfo<v8::Array>& info) { list_keys(info, true); }

// An index as the property key it stands for ("0"), so that indices share the named logic.
Local<v8::Name> index_key(v8::Isolate* isolate, uint32_t index) {
  return v8_str(isolate, std::to_string(index).c_str());
}

// --- the interceptors, in the signature each V8 version wants (12.4 changed it: a callback
// returns whether it intercepted, where before it set a return value to say so)

#if V8_MAJOR_VERSION >= 13
using Intercepted = v8::Intercepted;
Intercepted answer(bool handled) { return handled ? Intercepted::kYes : Intercepted::kNo; }
using SetterInfo = v8::PropertyCallbackInfo<void>;
#define TOYJS_INTERCEPTOR Intercepted
#define TOYJS_ANSWER(handled, info, value) return answer(handled)
#else
using SetterInfo = v8::PropertyCallbackInfo<v8::Value>;
#define TOYJS_INTERCEPTOR void
#define TOYJS_ANSWER(handled, info, value)  \
  do {                                      \
    if (handled) (info).GetReturnValue().Set(value); \
  } while (0)
#endif

TOYJS_INTERCEPTOR named_get(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
#if V8_MAJOR_VERSION >= 13
  return answer(get_property(key, info));
#else
  get_property(key, info);
#endif
}

TOYJS_INTERCEPTOR named_set(Local<v8::Name> key, Local<v8::Value> value, const SetterInfo& info) {
  bool handled = set_property(key, value, info);
  TOYJS_ANSWER(handled, info, value);
}

TOYJS_INTERCEPTOR named_query(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
#if V8_MAJOR_VERSION >= 13
  return answer(query_property(key, info));
#else
  query_property(key, info);
#endif
}

TOYJS_INTERCEPTOR named_delete(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
#if V8_MAJOR_VERSION >= 13
  return answer(delete_property(key, info));
#else
  delete_property(key, info);
#endif
}

TOYJS_INTERCEPTOR named_define(Local<v8::Name> key, const v8::PropertyDescriptor& descriptor, const SetterInfo& info) {
  bool handled = define_property(key, descriptor, info);
  TOYJS_ANSWER(handled, info, v8::Boolean::New(info.GetIsolate(), true));
}

TOYJS_INTERCEPTOR named_describe(Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
#if V8_MAJOR_VERSION >= 13
  return answer(describe_property(key, info));
#else
  describe_property(key, info);
#endif
}

TOYJS_INTERCEPTOR indexed_get(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  return named_get(index_key(info.GetIsolate(), index), info);
}

TOYJS_INTERCEPTOR indexed_set(uint32_t index, Local<v8::Value> value, const SetterInfo& info) {
  return named_set(index_key(info.GetIsolate(), index), value, info);
}

TOYJS_INTERCEPTOR indexed_query(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  return named_query(index_key(info.GetIsolate(), index), info);
}

TOYJS_INTERCEPTOR indexed_delete(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  return named_delete(index_key(info.GetIsolate(), index), info);
}

TOYJS_INTERCEPTOR indexed_define(uint32_t index, const v8::PropertyDescriptor& descriptor, const SetterInfo& info) {
  return named_define(index_key(info.GetIsolate(), index), descriptor, info);
}

TOYJS_INTERCEPTOR indexed_describe(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  return named_describe(index_key(info.GetIsolate(), index), info);
}

#undef TOYJS_INTERCEPTOR
#undef TOYJS_ANSWER

Local<v8::ObjectTemplate> global_template(v8::Isolate* isolate) {
  Local<v8::ObjectTemplate> global = v8::ObjectTemplate::New(isolate);
  global->SetHandler(v8::NamedPropertyHandlerConfiguration(named_get, named_set, named_query, named_delete,
                                                           enumerate_named, named_define, named_describe));
  global->SetHandler(v8::IndexedPropertyHandlerConfiguration(indexed_get, indexed_set, indexed_query,
                                                             indexed_delete, enumerate_indexed, indexed_define,
                                                             indexed_describe));
  return global;
}

// A new vm context: from the isolate's snapshot when it has one (whose first context is full
// of the runtime's own globals, which a vm context must not see), else from V8's.
v8::MaybeLocal<v8::Context> new_vm_context(v8::Isolate* isolate) {
  if (core_of(isolate)->snapshot) return v8::Context::FromSnapshot(isolate, 0);
  return v8::Context::New(isolate, nullptr, global_template(isolate));
}

void throw_type_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, message)));
}

// The context a call runs code in: the caller's for `undefined`, else the contextified
// object's. False (a TypeError thrown) for anything else.
bool target_context(const v8::FunctionCallbackInfo<v8::Value>& info, Local<v8::Value> object,
                    Local<v8::Context>* out) {
  v8::Isolate* isolate = info.GetIsolate();
  Local<v8::Context> here = isolate->GetCurrentContext();
  if (object->IsUndefined()) {
    *out = here;
    return true;
  }
  if (context_of_object(isolate, here, object, out)) return true;
  throw_type_error(isolate, "not a contextified object");
  return false;
}

// With `displayErrors`, an error's stack starts as node's does: the file and line it was
// thrown at, that line, and carets under the spot (once per error, however many vm calls it
// crosses).
void decorate_stack(v8::Isolate* isolate, Local<v8::Context> context, v8::TryCatch& caught) {
  Local<v8::Value> exception = caught.Exception();
  Local<v8::Message> message = caught.Message();
  if (!exception->IsObject() || message.IsEmpty()) return;
  Local<v8::Object> error = exception.As<v8::Object>();
  v8::TryCatch quiet(isolate);  // a throwing `stack` getter leaves the error as it is
  Local<v8::Value> stack;
  Local<v8::String> line;
  if (error->HasPrivate(context, decorated_key(isolate)).FromMaybe(true) ||
      !error->Get(context, v8_str(isolate, "stack")).ToLocal(&stack) || !stack->IsString() ||
      !message->GetSourceLine(context).ToLocal(&line)) {
    return;
  }
  int line_number = message->GetLineNumber(context).FromMaybe(0);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start);
  // V8's columns count the script's column offset on its first line; the carets go under
  // the line as it is written.
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (line_number == origin.LineOffset() + 1) {
    start -= origin.ColumnOffset();
    end -= origin.ColumnOffset();
  }
  std::string text = utf8(isolate, message->GetScriptResourceName()) + ":" + std::to_string(line_number) + "\n" +
                     utf8(isolate, line) +
                     "\n" + std::string(static_cast<size_t>(std::max(start, 0)), ' ') +
                     std::string(static_cast<size_t>(std::max(end - start, 0)), '^') + "\n\n" +
                     utf8(isolate, stack);
  Local<v8::String> decorated;
  if (v8::String::NewFromUtf8(isolate, text.c_str(), v8::NewStringType::kNormal, static_cast<int>(text.size()))
          .ToLocal(&decorated) &&
      error->Set(context, v8_str(isolate, "stack"), decorated).FromMaybe(false)) {
    (void)error->SetPrivate(context, decorated_key(isolate), v8::True(isolate));
  }
}

// A time limit on one vm call, nested in whatever limit the call it runs in has: the
// isolate's watchdog gets the sooner of the two, and the outer one back afterwards.
class ScriptTimeLimit {
 public:
  ScriptTimeLimit(IsolateCore* core, double milliseconds) : core_(core) {
    if (!(milliseconds > 0)) return;
    active_ = true;
    own_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                  std::chrono::duration<double, std::milli>(milliseconds));
    {
      std::lock_guard<std::mutex> guard(core_->state_mutex);
      outer_ = core_->deadline;
    }
    armed_ = !outer_ || own_ < *outer_;  // else the outer limit ends the call first
    core_->set_deadline(armed_ ? own_ : outer_);
  }
  ~ScriptTimeLimit() {
    if (active_) core_->set_deadline(outer_);
  }
  ScriptTimeLimit(const ScriptTimeLimit&) = delete;
  ScriptTimeLimit& operator=(const ScriptTimeLimit&) = delete;

  // Gives the outer limit back; true when this limit stopped the script, whose termination
  // is then cancelled (the caller throws node's timeout error in its place). A termination
  // for any other reason (the outer limit, Ctrl-C, the heap) goes on unwinding.
  bool expired() {
    if (!active_) return false;
    active_ = false;
    core_->set_deadline(outer_);  // from here on the watchdog cannot fire for this limit
    if (!armed_) return false;
    std::lock_guard<std::mutex> guard(core_->state_mutex);
    if (core_->termination != Termination::timeout || core_->fired_deadline != own_) return false;
    core_->termination = Termination::none;
    core_->isolate->CancelTerminateExecution();
    return true;
  }

 private:
  IsolateCore* core_;
  bool active_ = false;
  bool armed_ = false;
  std::chrono::steady_clock::time_point own_{};
  std::optional<std::chrono::steady_clock::time_point> outer_;
};

void throw_timeout(v8::Isolate* isolate, Local<v8::Context> context, double milliseconds) {
  std::string text = "Script execution timed out after " + std::to_string(static_cast<long long>(milliseconds)) + "ms";
  Local<v8::Object> error = v8::Exception::Error(v8_str(isolate, text.c_str())).As<v8::Object>();
  if (error->Set(context, v8_str(isolate, "code"), v8_str(isolate, "ERR_SCRIPT_EXECUTION_TIMEOUT")).IsNothing()) return;
  isolate->ThrowException(error);
}

struct SourceOptions {
  Local<v8::String> code;
  Local<v8::Value> filename;
  int line_offset = 0;
  int column_offset = 0;
};

// Arguments (code, filename, lineOffset, columnOffset) from `first` on; vm/index.js has
// checked them.
bool source_options(const v8::FunctionCallbackInfo<v8::Value>& info, int first, SourceOptions* out) {
  if (!info[first]->IsString() || !info[first + 1]->IsString() || !info[first + 2]->IsInt32() ||
      !info[first + 3]->IsInt32()) {
    throw_type_error(info.GetIsolate(), "vm: (code, filename, lineOffset, columnOffset) expected");
    return false;
  }
  out->code = info[first].As<v8::String>();
  out->filename = info[first + 1];
  out->line_offset = info[first + 2].As<v8::Int32>()->Value();
  out->column_offset = info[first + 3].As<v8::Int32>()->Value();
  return true;
}

// createContext(object): makes `object` a vm context's global (its properties the context's
// globals). The caller checked it is an object not yet contextified.
void make_context(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Local<v8::Context> here = isolate->GetCurrentContext();
  if (!info[0]->IsObject()) return throw_type_error(isolate, "createContext needs an object");
  Local<v8::Object> sandbox = info[0].As<v8::Object>();
  Local<v8::Context> context;
  if (!new_vm_context(isolate).ToLocal(&context)) {
    if (!isolate->IsExecutionTerminating()) {
      isolate->ThrowException(v8::Exception::Error(v8_str(isolate, "cannot create a vm context")));
    }
    return;
  }
  context->SetSecurityToken(here->GetSecurityToken());  // values pass freely between the two
  context->SetAlignedPointerInEmbedderData(kContextStateSlot, nullptr);
  context->SetEmbedderData(kVmSandboxSlot, sandbox);
  context->SetEmbedderData(kVmParentSlot, here->Global());
  if (sandbox->SetPrivate(here, context_key(isolate), context->Global()).IsNothing()) return;
  info.GetReturnValue().Set(sandbox);
}

// isContext(value): whether createContext made `value` a context's global.
void is_context(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Local<v8::Context> context;
  info.GetReturnValue().Set(
      context_of_object(info.GetIsolate(), info.GetIsolate()->GetCurrentContext(), info[0], &context));
}

// run(object, code, filename, lineOffset, columnOffset, timeoutMs, displayErrors): compiles
// and runs the code as a script in the context of `object` (undefined: the caller's own).
void run_script(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Local<v8::Context> context;
  SourceOptions options;
  if (!target_context(info, info[0], &context) || !source_options(info, 1, &options)) return;
  double timeout = info[5]->IsNumber() ? info[5].As<v8::Number>()->Value() : 0;
  bool display_errors = info[6]->BooleanValue(isolate);
  v8::Context::Scope scope(context);
  bool timed_out = false;
  {
    ScriptTimeLimit limit(core_of(isolate), timeout);
    v8::TryCatch try_catch(isolate);
    v8::ScriptOrigin origin = script_origin(isolate, options.filename, false, options.line_offset, options.column_offset);
    v8::ScriptCompiler::Source source(options.code, origin);
    Local<v8::Script> script;
    Local<v8::Value> result;
    bool ran = v8::ScriptCompiler::Compile(context, &source).ToLocal(&script) && script->Run(context).ToLocal(&result);
    timed_out = limit.expired();
    if (!timed_out) {
      if (ran) {
        info.GetReturnValue().Set(result);
      } else if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        if (display_errors) decorate_stack(isolate, context, try_catch);
        try_catch.ReThrow();
      }
    }
  }
  if (timed_out) throw_timeout(isolate, context, timeout);
}

// check(code, filename, lineOffset, columnOffset, displayErrors): compiles the code as a
// script in the caller's context, throwing its SyntaxError (new vm.Script).
void check_script(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Local<v8::Context> context = isolate->GetCurrentContext();
  SourceOptions options;
  if (!source_options(info, 0, &options)) return;
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin = script_origin(isolate, options.filename, false, options.line_offset, options.column_offset);
  v8::ScriptCompiler::Source source(options.code, origin);
  if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source).IsEmpty()) return;
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    if (info[4]->BooleanValue(isolate)) decorate_stack(isolate, context, try_catch);
    try_catch.ReThrow();
  }
}

// The items of an array that are all of one kind (strings, objects); false with a TypeError
// thrown otherwise.
template <class T>
bool read_list(const v8::FunctionCallbackInfo<v8::Value>& info, Local<v8::Context> context, Local<v8::Value> list,
               bool (v8::Value::*is_kind)() const, std::vector<Local<T>>* out) {
  if (!list->IsArray()) {
    throw_type_error(info.GetIsolate(), "vm: an array expected");
    return false;
  }
  Local<v8::Array> array = list.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    Local<v8::Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return false;
    if (!((*item)->*is_kind)()) {
      throw_type_error(info.GetIsolate(), "vm: a parameter name or context extension of the wrong type");
      return false;
    }
    out->push_back(item.As<T>());
  }
  return true;
}

// compileFunction(code, filename, lineOffset, columnOffset, params, object, extensions):
// the code as the body of a function with those parameter names, compiled in the context of
// `object` (undefined: the caller's), its free names looked up in the extension objects first.
void compile_function(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  SourceOptions options;
  Local<v8::Context> context;
  if (!source_options(info, 0, &options) || !target_context(info, info[5], &context)) return;
  std::vector<Local<v8::String>> parameters;
  std::vector<Local<v8::Object>> extensions;
  if (!read_list(info, context, info[4], &v8::Value::IsString, &parameters) ||
      !read_list(info, context, info[6], &v8::Value::IsObject, &extensions)) {
    return;
  }
  v8::Context::Scope scope(context);
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin = script_origin(isolate, options.filename, false, options.line_offset, options.column_offset);
  v8::ScriptCompiler::Source source(options.code, origin);
  Local<v8::Function> function;
  if (v8::ScriptCompiler::CompileFunction(context, &source, parameters.size(), parameters.data(),
                                          extensions.size(), extensions.data())
          .ToLocal(&function)) {
    info.GetReturnValue().Set(function);
  } else if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    decorate_stack(isolate, context, try_catch);
    try_catch.ReThrow();
  } else if (!try_catch.HasTerminated()) {
    // V8 10.2 may fail here without an exception: the caller still gets one.
    isolate->ThrowException(v8::Exception::SyntaxError(v8_str(isolate, "the code does not compile")));
  }
}

}  // namespace

const intptr_t* vm_external_references() {
  static const intptr_t references[] = {
      reinterpret_cast<intptr_t>(named_get),      reinterpret_cast<intptr_t>(named_set),
      reinterpret_cast<intptr_t>(named_query),    reinterpret_cast<intptr_t>(named_delete),
      reinterpret_cast<intptr_t>(enumerate_named), reinterpret_cast<intptr_t>(named_define),
      reinterpret_cast<intptr_t>(named_describe), reinterpret_cast<intptr_t>(indexed_get),
      reinterpret_cast<intptr_t>(indexed_set),    reinterpret_cast<intptr_t>(indexed_query),
      reinterpret_cast<intptr_t>(indexed_delete), reinterpret_cast<intptr_t>(enumerate_indexed),
      reinterpret_cast<intptr_t>(indexed_define), reinterpret_cast<intptr_t>(indexed_describe),
      0};
  return references;
}

v8::Local<v8::Context> new_blank_vm_context(v8::Isolate* isolate) {
  return v8::Context::New(isolate, nullptr, global_template(isolate));
}

v8::Local<v8::Context> vm_parent_context(v8::Local<v8::Context> context) {
  if (context->GetNumberOfEmbedderDataFields() <= kVmParentSlot) return {};
  v8::Local<v8::Value> parent = context->GetEmbedderData(kVmParentSlot);
  v8::Local<v8::Context> found;
  if (!parent->IsObject() || !creation_context(context->GetIsolate(), parent.As<v8::Object>()).ToLocal(&found)) {
    return {};
  }
  return found;
}

nb::object vm_functions(const std::shared_ptr<ContextCore>& ctx) {
  return function_table(ctx, {
                                 {"createContext", make_context}, {"isContext", is_context}, {"run", run_script},
                                 {"check", check_script}, {"compileFunction", compile_function},
                             });
}

}  // namespace toyjs
