#include "errors.h"

#include "context.h"
#include "convert.h"
#include "handles.h"

namespace toyjs {

namespace {

struct ErrorTypes {
  nb::object js, terminated, heap_limit, closed, host, excerpt;
};

ErrorTypes& types() {
  static ErrorTypes* instance = new ErrorTypes();  // lives as long as the process
  return *instance;
}

v8::Local<v8::Private> python_exception_key(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, v8_str(isolate, "toyjs.python_exception"));
}

// Reads a property, swallowing anything it throws (error objects can have hostile getters).
std::string read_text(v8::Isolate* isolate, v8::Local<v8::Context> context,
                      v8::Local<v8::Object> object, const char* name, bool* present) {
  v8::TryCatch guard(isolate);
  v8::Local<v8::Value> value;
  *present = object->Get(context, v8_str(isolate, name)).ToLocal(&value) && !value->IsUndefined();
  if (!*present) return "";
  v8::Local<v8::String> text;
  if (!value->ToString(context).ToLocal(&text)) return "";
  return utf8(isolate, text);
}

nb::object python_cause(v8::Isolate* isolate, v8::Local<v8::Context> context,
                        v8::Local<v8::Value> thrown) {
  if (!thrown->IsObject()) return nb::none();
  v8::Local<v8::Value> slot;
  if (!thrown.As<v8::Object>()->GetPrivate(context, python_exception_key(isolate)).ToLocal(&slot) ||
      !slot->IsExternal()) {
    return nb::none();
  }
  return nb::borrow(static_cast<PyRef*>(slot.As<v8::External>()->Value())->object);
}

// Where an exception is worth showing in its source: a script's name, a line (1-based), that
// line's text and the columns (UTF-16, 0-based, end exclusive) V8 marks on it.
struct Excerpt {
  std::string resource, text;
  int line = 0, start = 0, end = 0;
};

// The runtime's own scripts, its built-ins ("node:fs", "toyjs:host/core.js"), are not what a
// program's author wants to see: an error thrown there is shown at the program's code that
// called into them.
bool is_runtime_script(const std::string& name) {
  return name.rfind("node:", 0) == 0 || name.rfind("toyjs:", 0) == 0;
}

// V8's own place for the exception: the throw, or for a SyntaxError the offending token, or
// for an error that reached the host through a promise the place it was created at.
bool excerpt_of_message(v8::Isolate* isolate, v8::Local<v8::Context> context,
                        v8::Local<v8::Message> message, Excerpt* found) {
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  v8::Local<v8::String> text;
  if (resource.IsEmpty() || !resource->IsString() || !message->GetSourceLine(context).ToLocal(&text)) {
    return false;
  }
  found->resource = utf8(isolate, resource);
  found->text = utf8(isolate, text);
  found->line = message->GetLineNumber(context).FromMaybe(0);
  found->start = message->GetStartColumn(context).FromMaybe(0);
  found->end = message->GetEndColumn(context).FromMaybe(found->start);
  // Columns on a script's first line count the column it starts at in its file (vm's
  // columnOffset); the excerpt shows the line as written.
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (found->line == origin.LineOffset() + 1 && found->start >= origin.ColumnOffset()) {
    found->start -= origin.ColumnOffset();
    found->end -= origin.ColumnOffset();
  }
  return found->line > 0;
}

// Line `number` (1-based) of a script's source, without its line break.
std::string line_of(const std::string& source, int number) {
  size_t begin = 0;
  for (int i = 1; i < number && begin != std::string::npos; ++i) {
    begin = source.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return "";
  size_t end = source.find('\n', begin);
  std::string line = source.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// The innermost frame of the error's captured stack that is the program's own, with its source.
bool excerpt_of_stack(v8::Isolate* isolate, v8::Local<v8::Value> thrown, Excerpt* found) {
  if (!thrown->IsObject()) return false;
  v8::Local<v8::StackTrace> trace = v8::Exception::GetStackTrace(thrown);
  for (int i = 0; !trace.IsEmpty() && i < trace->GetFrameCount(); ++i) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, static_cast<uint32_t>(i));
    v8::Local<v8::String> script = frame->GetScriptNameOrSourceURL();
    v8::Local<v8::String> source = frame->GetScriptSource();
    if (script.IsEmpty() || script->Length() == 0 || source.IsEmpty()) continue;
    std::string name = utf8(isolate, script);
    if (is_runtime_script(name)) continue;
    found->resource = name;
    found->line = frame->GetLineNumber();
    found->text = line_of(utf8(isolate, source), found->line);
    found->start = frame->GetColumn() - 1;
    found->end = found->start + 1;
    return found->line > 0;
  }
  return false;
}

// The toyjs.SourceExcerpt for an exception, or None when neither V8's message nor the error's
// stack places it in a program's script.
nb::object source_excerpt(v8::Isolate* isolate, v8::Local<v8::Context> context,
                          v8::Local<v8::Message> message, v8::Local<v8::Value> thrown) {
  Excerpt found;
  bool placed = !message.IsEmpty() && excerpt_of_message(isolate, context, message, &found) &&
                !is_runtime_script(found.resource);
  if (!placed && !excerpt_of_stack(isolate, thrown, &found)) return nb::none();
  return types().excerpt(nb::arg("resource") = found.resource, nb::arg("line") = found.line,
                         nb::arg("source_line") = found.text, nb::arg("start_column") = found.start,
                         nb::arg("end_column") = found.end);
}

[[noreturn]] void raise_terminated(IsolateCore* core, Termination reason, bool top_level) {
  if (reason == Termination::python_exception && core->pending_python_exception.is_valid()) {
    nb::object exception = core->pending_python_exception;
    if (top_level) core->pending_python_exception = nb::object();
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())), exception.ptr());
    throw nb::python_error();
  }
  if (reason == Termination::heap_limit) {
    std::string limit = core->heap_limit ? std::to_string(core->heap_limit >> 20) + " MiB"
                                         : "V8's default";
    PyErr_SetString(types().heap_limit.ptr(),
                    ("the isolate ran out of memory (heap limit " + limit + ")").c_str());
  } else if (reason == Termination::timeout) {
    PyErr_SetString(types().terminated.ptr(), "JavaScript execution timed out");
  } else {
    PyErr_SetString(types().terminated.ptr(), "JavaScript execution was terminated");
  }
  throw nb::python_error();
}

}  // namespace

std::string utf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value text(isolate, value);
  return *text ? std::string(*text, static_cast<size_t>(text.length())) : std::string();
}

void raise_error(ErrorKind kind, const std::string& message) {
  PyObject* type = PyExc_RuntimeError;
  switch (kind) {
    case ErrorKind::closed: type = types().closed.ptr(); break;
    case ErrorKind::type: type = PyExc_TypeError; break;
    case ErrorKind::value: type = PyExc_ValueError; break;
    case ErrorKind::runtime:
    case ErrorKind::invalid_state: type = PyExc_RuntimeError; break;
  }
  PyErr_SetString(type, message.c_str());
  throw nb::python_error();
}

void require_str(nb::handle value, const char* what) {
  if (!PyUnicode_Check(value.ptr())) {
    raise_error(ErrorKind::type, std::string(what) + " must be a str, not " + Py_TYPE(value.ptr())->tp_name);
  }
}

void set_error_types(nb::dict given) {
  ErrorTypes& t = types();
  t.js = given["JSError"];
  t.terminated = given["TerminatedError"];
  t.heap_limit = given["HeapLimitError"];
  t.closed = given["ClosedError"];
  t.host = given["HostError"];
  t.excerpt = nb::module_::import_("toyjs.errors").attr("SourceExcerpt");
}

void raise_from_js(const std::shared_ptr<ContextCore>& ctx, v8::TryCatch& try_catch,
                   bool top_level) {
  IsolateCore* core = ctx->iso.get();
  v8::Isolate* isolate = core->isolate;
  Termination reason = core->termination;
  if (reason != Termination::none || try_catch.HasTerminated() ||
      isolate->IsExecutionTerminating()) {
    raise_terminated(core, reason, top_level);
  }
  if (!try_catch.HasCaught()) {
    raise_error(ErrorKind::runtime, "a call into JS failed without an exception");
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> thrown = try_catch.Exception();
  v8::Local<v8::Message> message = try_catch.Message();
  try_catch.Reset();

  // Reading the thrown value runs JS (getters, Proxy traps, toString). Once the call is
  // stopped (its time is up, terminate(), the heap limit, a KeyboardInterrupt in a callback)
  // it runs no more: V8 forgets a termination when it reaches the top, so the next getter
  // would run with no deadline at all.
  auto unless_stopped = [&] {
    Termination now = core->termination;
    if (now != Termination::none) raise_terminated(core, now, top_level);
  };
  std::string name, text, stack;
  bool has_name = false, has_message = false, has_stack = false;
  if (thrown->IsObject()) {
    auto object = thrown.As<v8::Object>();
    name = read_text(isolate, context, object, "name", &has_name);
    unless_stopped();
    text = read_text(isolate, context, object, "message", &has_message);
    unless_stopped();
    stack = read_text(isolate, context, object, "stack", &has_stack);
    unless_stopped();
  }
  if (!has_message) {
    v8::TryCatch guard(isolate);
    v8::Local<v8::String> as_text;
    text = thrown->ToString(context).ToLocal(&as_text) ? utf8(isolate, as_text)
                                                       : utf8(isolate, thrown->TypeOf(isolate));
    unless_stopped();
  }

  nb::object filename = nb::none(), line = nb::none(), column = nb::none();
  std::string location;
  v8::Local<v8::Value> resource;
  int line_number = 0, start_column = -1;
  if (!message.IsEmpty()) {
    resource = message->GetScriptResourceName();
    line_number = message->GetLineNumber(context).FromMaybe(0);
    start_column = message->GetStartColumn(context).FromMaybe(-1);
  }
  if ((resource.IsEmpty() || !resource->IsString()) && thrown->IsObject()) {
    // Thrown inside a builtin (JSON.parse, say): report the innermost frame with a script.
    v8::Local<v8::StackTrace> trace = v8::Exception::GetStackTrace(thrown);
    for (int i = 0; !trace.IsEmpty() && i < trace->GetFrameCount(); ++i) {
      v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, static_cast<uint32_t>(i));
      v8::Local<v8::String> script = frame->GetScriptNameOrSourceURL();
      if (!script.IsEmpty() && script->Length() > 0) {
        resource = script;
        line_number = frame->GetLineNumber();
        start_column = frame->GetColumn() - 1;
        break;
      }
    }
  }
  if (!resource.IsEmpty() && resource->IsString()) {
    filename = py_string(isolate, resource.As<v8::String>());
    if (line_number > 0) {
      location = utf8(isolate, resource) + ":" + std::to_string(line_number) + ":" +
                 std::to_string(start_column + 1);
    }
  }
  if (line_number > 0) line = nb::int_(line_number);
  if (start_column >= 0) column = nb::int_(start_column + 1);
  // V8's stack for errors thrown at compile time (SyntaxError) carries no location.
  if (!has_stack || stack.find("\n    at ") == std::string::npos) {
    std::string head = has_stack ? stack : (has_name ? name + ": " + text : "Uncaught " + text);
    stack = location.empty() ? head : head + "\n    at " + location;
  }

  nb::object value;
  try {
    value = to_python(ctx, thrown);
  } catch (JsThrew&) {
    unless_stopped();
    value = wrap_handle(ctx, thrown);
  }
  nb::object excerpt = source_excerpt(isolate, context, message, thrown);
  nb::object cause = python_cause(isolate, context, thrown);
  nb::object error = types().js(
      nb::str(stack.c_str()), nb::arg("name") = has_name ? nb::object(nb::str(name.c_str())) : nb::none(),
      nb::arg("message") = nb::str(text.c_str()), nb::arg("stack") = nb::str(stack.c_str()),
      nb::arg("filename") = filename, nb::arg("line") = line, nb::arg("column") = column,
      nb::arg("value") = value, nb::arg("excerpt") = excerpt);
  if (!cause.is_none()) PyException_SetCause(error.ptr(), cause.inc_ref().ptr());
  PyErr_SetObject(types().js.ptr(), error.ptr());
  throw nb::python_error();
}

void throw_python_error_into_js(const std::shared_ptr<ContextCore>& ctx) {
  nb::python_error error;  // takes the pending Python exception
  IsolateCore* core = ctx->iso.get();
  v8::Isolate* isolate = core->isolate;
  if (isolate->IsExecutionTerminating()) return;  // termination wins over any exception
  nb::handle exception = error.value();
  if (!PyObject_IsInstance(exception.ptr(), PyExc_Exception)) {
    // KeyboardInterrupt, SystemExit: stop the JS and re-raise it where Python called in.
    core->pending_python_exception = nb::borrow(exception);
    core->terminate(Termination::python_exception);
    return;
  }
  if (PyObject_IsInstance(exception.ptr(), types().js.ptr()) == 1) {
    // A JS exception passing back through Python: rethrow the original value.
    try {
      isolate->ThrowException(to_js(ctx, exception.attr("value"), "a JS error's value"));
      return;
    } catch (nb::python_error&) {
      // not convertible: fall through to a plain Error
    }
  }
  // An exception meant for JS (toyjs.HostError) names its JS error type and code itself;
  // any other shows its Python type in the message.
  std::string js_name, code;
  std::string text = Py_TYPE(exception.ptr())->tp_name;
  try {
    if (PyObject_IsInstance(exception.ptr(), types().host.ptr()) == 1) {
      js_name = nb::cast<std::string>(exception.attr("js_name"));
      nb::object code_value = exception.attr("code");
      if (!code_value.is_none()) code = nb::cast<std::string>(code_value);
      text.clear();
    }
    std::string detail = nb::cast<std::string>(nb::str(exception));
    text = text.empty() ? detail : (detail.empty() ? text : text + ": " + detail);
  } catch (std::exception&) {
    PyErr_Clear();  // an exception whose str() fails is still reported, by its type
  }
  v8::Local<v8::String> js_text =
      v8::String::NewFromUtf8(isolate, text.c_str()).FromMaybe(v8::String::Empty(isolate));
  v8::Local<v8::Value> js_error = js_name == "TypeError"    ? v8::Exception::TypeError(js_text)
                                  : js_name == "RangeError" ? v8::Exception::RangeError(js_text)
                                  : js_name == "SyntaxError" ? v8::Exception::SyntaxError(js_text)
                                                             : v8::Exception::Error(js_text);
  auto object = js_error.As<v8::Object>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!js_name.empty() && js_name != "Error" && js_name != "TypeError" && js_name != "RangeError" &&
      js_name != "SyntaxError") {
    (void)object->Set(context, v8_str(isolate, "name"), v8_str(isolate, js_name.c_str()));
  }
  if (!code.empty()) {
    (void)object->Set(context, v8_str(isolate, "code"), v8_str(isolate, code.c_str()));
  }
  PyRef* ref = new_pyref(core, exception.ptr());
  bind_pyref(ref, object);
  (void)object->SetPrivate(isolate->GetCurrentContext(), python_exception_key(isolate),
                           v8::External::New(isolate, ref));
  isolate->ThrowException(js_error);
}

}  // namespace toyjs
