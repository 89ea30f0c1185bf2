#include "external_strings.h"

#include <cstdint>

namespace toyjs {

namespace {

// A str's buffer as V8's external string resource of the matching width (char: Latin-1,
// uint16_t: UCS-2), holding a reference to the str until V8 disposes of the resource.
template <class Resource, class Unit>
class Lent final : public Resource {
 public:
  Lent(PyObject* text, ReleaseLent release, void* owner) : text_(text), release_(release), owner_(owner) {
    Py_INCREF(text_);
  }
  const Unit* data() const override { return static_cast<const Unit*>(PyUnicode_DATA(text_)); }
  size_t length() const override { return static_cast<size_t>(PyUnicode_GET_LENGTH(text_)); }
  void Dispose() override {
    release_(owner_, text_);
    delete this;
  }

 private:
  PyObject* text_;
  ReleaseLent release_;
  void* owner_;
};

}  // namespace

v8::MaybeLocal<v8::String> lend_string(v8::Isolate* isolate, PyObject* text, ReleaseLent release,
                                       void* owner) {
  if (PyUnicode_GET_LENGTH(text) > v8::String::kMaxLength) return {};  // V8 would not dispose it
  if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND) {
    return v8::String::NewExternalOneByte(
        isolate, new Lent<v8::String::ExternalOneByteStringResource, char>(text, release, owner));
  }
  return v8::String::NewExternalTwoByte(
      isolate, new Lent<v8::String::ExternalStringResource, uint16_t>(text, release, owner));
}

}  // namespace toyjs
