#include "external_strings.h"

namespace toyjs {

namespace {

// The part both resource kinds share: the reference, and giving it back.
class Loan {
 public:
  Loan(PyObject* text, ReleaseLent release, void* owner) : text_(text), release_(release), owner_(owner) {
    Py_INCREF(text_);
  }
  void give_back() { release_(owner_, text_); }
  PyObject* text() const { return text_; }

 private:
  PyObject* text_;
  ReleaseLent release_;
  void* owner_;
};

class OneByteLoan final : public v8::String::ExternalOneByteStringResource {
 public:
  explicit OneByteLoan(Loan loan) : loan_(loan) {}
  const char* data() const override {
    return reinterpret_cast<const char*>(PyUnicode_1BYTE_DATA(loan_.text()));
  }
  size_t length() const override { return static_cast<size_t>(PyUnicode_GET_LENGTH(loan_.text())); }
  void Dispose() override {
    loan_.give_back();
    delete this;
  }

 private:
  Loan loan_;
};

class TwoByteLoan final : public v8::String::ExternalStringResource {
 public:
  explicit TwoByteLoan(Loan loan) : loan_(loan) {}
  const uint16_t* data() const override {
    return reinterpret_cast<const uint16_t*>(PyUnicode_2BYTE_DATA(loan_.text()));
  }
  size_t length() const override { return static_cast<size_t>(PyUnicode_GET_LENGTH(loan_.text())); }
  void Dispose() override {
    loan_.give_back();
    delete this;
  }

 private:
  Loan loan_;
};

}  // namespace

v8::MaybeLocal<v8::String> lend_string(v8::Isolate* isolate, PyObject* text, ReleaseLent release,
                                       void* owner) {
  if (PyUnicode_GET_LENGTH(text) > v8::String::kMaxLength) return {};  // V8 would not dispose it
  Loan loan(text, release, owner);
  if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND) {
    return v8::String::NewExternalOneByte(isolate, new OneByteLoan(loan));
  }
  return v8::String::NewExternalTwoByte(isolate, new TwoByteLoan(loan));
}

}  // namespace toyjs
