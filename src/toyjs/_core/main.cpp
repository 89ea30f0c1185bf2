// The toyjs._core extension module: the only code that touches V8.
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "handles.h"
#include "messages.h"
#include "snapshot.h"

namespace {
struct UndefinedType {};
}  // namespace

NB_MODULE(_core, m) {
  using namespace toyjs;
  m.doc() = "toyjs native core: V8 isolates, contexts, handles and conversion.";
  // The undefined singleton and the cached datetime objects live until the process ends.
  nb::set_leak_warnings(false);

  nb::class_<UndefinedType>(m, "UndefinedType", "The type of toyjs.undefined (JS undefined).")
      .def("__bool__", [](UndefinedType&) { return false; })
      .def("__repr__", [](UndefinedType&) { return "undefined"; })
      .def("__reduce__", [](UndefinedType&) { return "undefined"; });
  m.attr("undefined") = nb::cast(UndefinedType{});
  set_undefined_object(m.attr("undefined"));

  m.def("set_error_types", &set_error_types);
  bind_handles(m);
  bind_context(m);
  bind_modules(m);
  bind_messages(m);
  bind_snapshot(m);
  m.attr("v8_version") = v8::V8::GetVersion();
}
