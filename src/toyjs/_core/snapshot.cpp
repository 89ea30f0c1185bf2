#include "snapshot.h"

#include "errors.h"
#include "platform.h"

#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <string>
#include <utility>
#include <vector>

namespace toyjs {

namespace {

using Scripts = std::vector<std::pair<std::string, std::string>>;  // (name, source)

// Runs the scripts (each compiled under its own name, so stacks still name the file), calls
// the function `driver` evaluates to with the array of their completion values, and keeps the
// driver's result as the context's snapshot data 0. Returns an error message, or "".
std::string bootstrap(v8::Isolate* isolate, v8::Local<v8::Context> context, const Scripts& scripts,
                      const std::string& driver, v8::Local<v8::Value>* result) {
  v8::TryCatch try_catch(isolate);
  auto fail = [&](const std::string& where) {
    std::string text = where;
    if (try_catch.HasCaught()) {
      v8::Local<v8::Value> stack;  // the stack names the file that failed
      if (!try_catch.StackTrace(context).ToLocal(&stack) || !stack->IsString()) stack = try_catch.Exception();
      v8::String::Utf8Value message(isolate, stack);
      text += ": " + std::string(*message ? *message : "(unprintable)");
    }
    return text;
  };
  auto run = [&](const std::string& name, const std::string& source, v8::Local<v8::Value>* out) {
    v8::ScriptOrigin origin(isolate, v8_str(isolate, name.c_str()));
    v8::Local<v8::Script> script;
    return v8::Script::Compile(context, v8_str(isolate, source.c_str()), &origin).ToLocal(&script) &&
           script->Run(context).ToLocal(out);
  };
  v8::Local<v8::Array> parts = v8::Array::New(isolate, static_cast<int>(scripts.size()));
  for (uint32_t i = 0; i < scripts.size(); ++i) {
    v8::Local<v8::Value> value;
    if (!run(scripts[i].first, scripts[i].second, &value) || parts->Set(context, i, value).IsNothing()) {
      return fail(scripts[i].first);
    }
  }
  v8::Local<v8::Value> function;
  v8::Local<v8::Value> argv[] = {parts};
  if (!run("toyjs:host/snapshot-driver", driver, &function) || !function->IsFunction() ||
      !function.As<v8::Function>()->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(result)) {
    return fail("the snapshot driver");
  }
  return "";
}

Snapshot create_snapshot(const Scripts& scripts, const std::string& driver) {
  platform();
  std::string error;
  v8::StartupData blob{nullptr, 0};
  {
    nb::gil_scoped_release nogil;  // no Python runs in here
    v8::SnapshotCreator creator;
    v8::Isolate* isolate = creator.GetIsolate();
    {
      v8::Isolate::Scope isolate_scope(isolate);
      v8::HandleScope handles(isolate);
      v8::Local<v8::Context> context = v8::Context::New(isolate);
      v8::Local<v8::Value> result;
      {
        v8::Context::Scope context_scope(context);
        error = bootstrap(isolate, context, scripts, driver, &result);
      }
      if (error.empty()) creator.AddData(context, result);  // data 0: Context.snapshot_data()
      creator.SetDefaultContext(context);
    }
    blob = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  }
  std::unique_ptr<const char[]> owned(blob.data);
  if (!error.empty()) raise_error(ErrorKind::runtime, "cannot build the startup snapshot: " + error);
  return Snapshot{std::make_shared<const std::string>(blob.data, static_cast<size_t>(blob.raw_size))};
}

}  // namespace

void bind_snapshot(nb::module_& m) {
  nb::class_<Snapshot>(m, "Snapshot", "A V8 startup snapshot (create_snapshot), shared by the isolates made from it.")
      .def("__len__", [](Snapshot& self) { return self.blob->size(); })
      .def("__repr__", [](Snapshot& self) {
        return "<toyjs.Snapshot " + std::to_string(self.blob->size()) + " bytes>";
      });
  m.def("create_snapshot", &create_snapshot, nb::arg("scripts"), nb::arg("driver"),
        "Run scripts [(name, source)] in a fresh isolate, call the function `driver` evaluates "
        "to with their completion values, and return a startup snapshot of that context whose "
        "data 0 is the driver's result (Context.snapshot_data()).");
}

}  // namespace toyjs
