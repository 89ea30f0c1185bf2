#include "snapshot.h"

#include "errors.h"
#include "platform.h"
#include "vm_contexts.h"

#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <dlfcn.h>
#include <elf.h>
#include <link.h>

#include <cstring>
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
    v8::ScriptOrigin origin = script_origin(isolate, v8_str(isolate, name.c_str()));
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
    v8::SnapshotCreator creator(vm_external_references());
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
      creator.AddContext(new_blank_vm_context(isolate));  // index 0: node:vm's contexts start from it
    }
    blob = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  }
  std::unique_ptr<const char[]> owned(blob.data);
  if (!error.empty()) raise_error(ErrorKind::runtime, "cannot build the startup snapshot: " + error);
  return Snapshot{std::make_shared<const std::string>(blob.data, static_cast<size_t>(blob.raw_size))};
}

// A blob saved by an earlier process (a cache on disk): accepted only when this V8 says it
// is one of its own, because V8 aborts the process on a version mismatch rather than failing.
// The caller vouches for the bytes being intact (it checks a digest) and for the build
// (build_ids below), which the version alone does not pin down.
Snapshot load_snapshot(nb::bytes data) {
  platform();
  if (data.size() < 64) raise_error(ErrorKind::value, "not a V8 snapshot: too short");
  auto blob = std::make_shared<const std::string>(data.c_str(), data.size());
  v8::StartupData startup{blob->data(), static_cast<int>(blob->size())};
  if (!startup.IsValid()) raise_error(ErrorKind::value, "the snapshot was made by another V8 version");
  return Snapshot{blob};
}

// The GNU build id of the loaded object that contains `address`, in hex ("" without one).
std::string build_id_of(const void* address) {
  Dl_info info;
  if (!dladdr(address, &info)) return "";
  struct Search {
    const void* base;
    std::string id;
  } search{info.dli_fbase, ""};
  dl_iterate_phdr(
      [](dl_phdr_info* object, size_t, void* data) {
        auto* search = static_cast<Search*>(data);
        if (reinterpret_cast<const void*>(object->dlpi_addr) != search->base) return 0;
        for (int i = 0; i < object->dlpi_phnum; ++i) {
          const ElfW(Phdr)& header = object->dlpi_phdr[i];
          if (header.p_type != PT_NOTE) continue;
          auto* at = reinterpret_cast<const char*>(object->dlpi_addr + header.p_vaddr);
          const char* end = at + header.p_memsz;
          const size_t align = header.p_align == 8 ? 8 : 4;  // notes are padded to their segment's
          auto padded = [align](size_t size) { return (size + align - 1) & ~(align - 1); };
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const char* name = at + sizeof(ElfW(Nhdr));
            const char* desc = name + padded(note->n_namesz);
            if (desc + note->n_descsz > end) break;  // a malformed note: stop reading
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static const char hex[] = "0123456789abcdef";
              for (unsigned k = 0; k < note->n_descsz; ++k) {
                auto byte = static_cast<unsigned char>(desc[k]);
                search->id += hex[byte >> 4];
                search->id += hex[byte & 15];
              }
              return 1;
            }
            at = desc + padded(note->n_descsz);
          }
        }
        return 1;
      },
      &search);
  return search.id;
}

}  // namespace

void bind_snapshot(nb::module_& m) {
  nb::class_<Snapshot>(m, "Snapshot", "A V8 startup snapshot (create_snapshot), shared by the isolates made from it.")
      .def("__len__", [](Snapshot& self) { return self.blob->size(); })
      .def("__repr__", [](Snapshot& self) {
        return "<toyjs.Snapshot " + std::to_string(self.blob->size()) + " bytes>";
      })
      .def("__bytes__", [](Snapshot& self) { return nb::bytes(self.blob->data(), self.blob->size()); });
  m.def("load_snapshot", &load_snapshot, nb::arg("data"),
        "A Snapshot from the bytes of one (bytes(snapshot)) made by this build of toyjs and V8; "
        "ValueError when V8 does not recognise it as its own.");
  m.def("build_ids", [] {
    return std::make_pair(build_id_of(reinterpret_cast<const void*>(&v8::V8::GetVersion)),
                          build_id_of(reinterpret_cast<const void*>(&load_snapshot)));
  }, "GNU build ids of the loaded V8 library and of this extension: what a saved snapshot must match.");
  m.def("create_snapshot", &create_snapshot, nb::arg("scripts"), nb::arg("driver"),
        "Run scripts [(name, source)] in a fresh isolate, call the function `driver` evaluates "
        "to with their completion values, and return a startup snapshot of that context whose "
        "data 0 is the driver's result (Context.snapshot_data()).");
}

}  // namespace toyjs
