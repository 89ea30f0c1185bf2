#include "convert.h"

#include "context.h"
#include "errors.h"
#include "external_strings.h"
#include "handles.h"
#include "messages.h"

#include <datetime.h>

#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

namespace toyjs {

namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0;  // 2**53
constexpr int kMaxCopyDepth = 200;
// Distinct property names remembered per conversion (see key_string and key_object).
constexpr size_t kKeyCacheSize = 32;
// Strs at least this long are lent to V8 rather than copied (see js_string).
constexpr Py_ssize_t kLendMinLength = 64 * 1024;
// Arrays longer than this are checked against the heap before they are copied (see array).
constexpr uint32_t kDenseCheckLength = 1 << 16;
// How many values a copy makes between looks at whether its call was stopped.
constexpr unsigned kStopCheckInterval = 4096;
constexpr int64_t kMicrosPerDay = 86400LL * 1000 * 1000;

struct PyCache {
  nb::object undefined;
  nb::object epoch;      // datetime(1970, 1, 1, tzinfo=timezone.utc)
  nb::object timedelta;  // datetime.timedelta
  nb::object datetime_type;
  nb::object astimezone;  // datetime.astimezone, the base class's (a subclass may override it)
};

PyCache& cache() {
  static PyCache* instance = [] {
    auto* c = new PyCache();
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI) throw nb::python_error();
    nb::module_ dt = nb::module_::import_("datetime");
    c->timedelta = dt.attr("timedelta");
    c->datetime_type = dt.attr("datetime");
    c->astimezone = c->datetime_type.attr("astimezone");
    c->epoch = c->datetime_type(1970, 1, 1, nb::arg("tzinfo") = dt.attr("timezone").attr("utc"));
    return c;
  }();
  return *instance;
}

nb::object bigint_to_python(v8::Local<v8::BigInt> big) {
  bool lossless = false;
  int64_t small = big->Int64Value(&lossless);
  if (lossless) return nb::steal(PyLong_FromLongLong(small));
  int sign = 0;
  int count = big->WordCount();
  std::vector<uint64_t> words(count);
  big->ToWordsArray(&sign, &count, words.data());
  nb::object magnitude = nb::steal(_PyLong_FromByteArray(
      reinterpret_cast<const unsigned char*>(words.data()), count * 8, /*little_endian=*/1,
      /*is_signed=*/0));
  if (!magnitude.is_valid()) throw nb::python_error();
  return sign ? nb::steal(PyNumber_Negative(magnitude.ptr())) : magnitude;
}

// Reads the int's own digits (an int subclass's __abs__ or __lt__ is never called): its
// two's complement, then the magnitude V8 wants.
v8::Local<v8::Value> bigint_to_js(v8::Local<v8::Context> context, PyObject* value) {
  const bool negative = _PyLong_Sign(value) < 0;
  size_t bits = _PyLong_NumBits(value);
  if (bits == static_cast<size_t>(-1) && PyErr_Occurred()) throw nb::python_error();
  size_t count = bits / 64 + 1;  // one bit more than the magnitude: the sign
  if (count > (1 << 24) / 64) {
    raise_error(ErrorKind::value, "int too large for a JS BigInt");
  }
  std::vector<uint64_t> words(count);
  if (_PyLong_AsByteArray(reinterpret_cast<PyLongObject*>(value), reinterpret_cast<unsigned char*>(words.data()),
                          count * 8, /*little_endian=*/1, /*is_signed=*/1
#if PY_VERSION_HEX >= 0x030D0000
                          , /*with_exceptions=*/1
#endif
                          ) < 0) {
    throw nb::python_error();
  }
  if (negative) {  // magnitude = -value: invert, add one
    bool carry = true;
    for (uint64_t& word : words) {
      word = ~word + (carry ? 1 : 0);
      carry = carry && word == 0;
    }
  }
  v8::Local<v8::BigInt> result;
  if (!v8::BigInt::NewFromWords(context, negative, static_cast<int>(count), words.data())
           .ToLocal(&result)) {
    throw JsThrew();
  }
  return result;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar: whole 400-year eras
// of 146,097 days, then the years of the era (with March as the first month, so that a
// leap day ends its year), then the day of that year.
int64_t days_since_epoch(int64_t year, int64_t month, int64_t day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719,468: days from 0000-03-01 to 1970-01-01
}

int64_t delta_micros(PyObject* delta) {
  return PyDateTime_DELTA_GET_DAYS(delta) * kMicrosPerDay +
         PyDateTime_DELTA_GET_SECONDS(delta) * int64_t{1000000} + PyDateTime_DELTA_GET_MICROSECONDS(delta);
}

// Microseconds since the epoch of an aware datetime, read from its fields (integers all the
// way: a float timestamp is off by a millisecond for some dates after the year 5000).
int64_t utc_micros(PyObject* aware) {
  int64_t local = days_since_epoch(PyDateTime_GET_YEAR(aware), PyDateTime_GET_MONTH(aware), PyDateTime_GET_DAY(aware)) *
                      kMicrosPerDay +
                  (PyDateTime_DATE_GET_HOUR(aware) * int64_t{3600} + PyDateTime_DATE_GET_MINUTE(aware) * 60 +
                   PyDateTime_DATE_GET_SECOND(aware)) * int64_t{1000000} +
                  PyDateTime_DATE_GET_MICROSECOND(aware);
  nb::object tzinfo = nb::borrow(PyDateTime_DATE_GET_TZINFO(aware));
  nb::object offset = tzinfo.attr("utcoffset")(nb::handle(aware));
  if (offset.is_none()) return local;
  if (!PyDelta_Check(offset.ptr())) {
    raise_error(ErrorKind::type, "tzinfo.utcoffset() must return a timedelta or None");
  }
  return local - delta_micros(offset.ptr());
}

class ToPython {
 public:
  explicit ToPython(const std::shared_ptr<ContextCore>& ctx)
      : ctx_(ctx), isolate_(ctx->iso->isolate), context_(isolate_->GetCurrentContext()) {}

  struct NotCopyable {};  // a cycle, or nesting deeper than kMaxCopyDepth

  // A copy is part of its call: a timeout or terminate() stops it (the JS that ran is done,
  // so the copy itself must look). Also at the end: a getter may have been stopped without
  // failing (a Python callback it called raised KeyboardInterrupt, and the JS after the
  // callback still ran).
  void stop_if_terminated() {
    if (ctx_->iso->termination.load() != Termination::none) throw JsThrew();
  }

  nb::object convert(v8::Local<v8::Value> value, int depth) {
    if (++made_ % kStopCheckInterval == 0) stop_if_terminated();
    if (value->IsInt32()) return nb::steal(PyLong_FromLong(value.As<v8::Int32>()->Value()));
    if (value->IsString()) return string(value.As<v8::String>());
    if (value->IsNumber()) return number(value.As<v8::Number>()->Value());
    if (value->IsUndefined()) return nb::borrow(undefined_object());
    if (value->IsNull()) return nb::none();
    if (value->IsBoolean()) return nb::bool_(value->IsTrue());
    if (value->IsBigInt()) return bigint_to_python(value.As<v8::BigInt>());
    if (!value->IsObject()) return wrap_handle(ctx_, value);  // symbols
    // A module namespace's bindings are live (and a copy would run every getter of a module
    // still being evaluated): it stays a handle, as functions, promises and proxies do.
    if (value->IsFunction() || value->IsPromise() || value->IsProxy() || value->IsModuleNamespaceObject()) {
      return wrap_handle(ctx_, value);
    }
    if (value->IsArray()) return array(value.As<v8::Array>(), depth);
    if (value->IsArrayBufferView()) return view_bytes(value.As<v8::ArrayBufferView>());
    if (value->IsArrayBuffer()) return buffer_bytes(value.As<v8::ArrayBuffer>()->GetBackingStore());
    if (value->IsSharedArrayBuffer()) {
      return buffer_bytes(value.As<v8::SharedArrayBuffer>()->GetBackingStore());
    }
    if (value->IsDate()) return date(value);
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (is_plain(object)) return dict(object, depth);
    return wrap_handle(ctx_, value);
  }

 private:
  nb::object number(double d) {
    if (std::trunc(d) == d && std::fabs(d) <= kMaxSafeInteger && !(d == 0 && std::signbit(d))) {
      return nb::steal(PyLong_FromLongLong(static_cast<long long>(d)));
    }
    return nb::float_(d);
  }

  bool is_plain(v8::Local<v8::Object> object) {
    v8::Local<v8::Value> proto = object->GetPrototype();
    if (proto->IsNull()) return true;
    if (!proto->IsObject()) return false;
    // Object.prototype of any context: the end of the chain, owned by the Object constructor.
    if (!proto.As<v8::Object>()->GetPrototype()->IsNull()) return false;
    if (object_name_.IsEmpty()) object_name_ = v8_str(isolate_, "Object");
    return object->GetConstructorName()->StringEquals(object_name_);
  }

  void enter(v8::Local<v8::Object> object, int depth) {
    if (depth >= kMaxCopyDepth) throw NotCopyable();
    for (auto& open : path_) {
      if (open == object) throw NotCopyable();
    }
    path_.push_back(object);
  }


  // A string longer than the heap limit (a rope of ropes costs V8 little) would be a copy
  // outside every limit: it ends the call as running out of heap would.
  nb::object string(v8::Local<v8::String> text) {
    if (static_cast<size_t>(text->Length()) > heap().heap_size_limit()) {
      ctx_->iso->terminate(Termination::heap_limit);
      throw JsThrew();
    }
    return py_string(isolate_, text);
  }

  // The heap's figures, read once per conversion (on first need).
  v8::HeapStatistics& heap() {  // (V8's getters are not const)
    if (!heap_read_) {
      isolate_->GetHeapStatistics(&heap_);
      heap_read_ = true;
    }
    return heap_;
  }

  // No array holds more elements than its heap has pointer-sized slots: one that claims more
  // is holey (`[]; a.length = 2**32 - 1` costs nothing), and is not copied element by element.
  bool could_be_dense(uint32_t length) {
    return static_cast<double>(length) * sizeof(void*) <= static_cast<double>(heap().used_heap_size());
  }

  nb::object array(v8::Local<v8::Array> array, int depth) {
    enter(array, depth);
    uint32_t length = array->Length();
    if (length > kDenseCheckLength && !could_be_dense(length)) throw NotCopyable();
    nb::object list = nb::steal(PyList_New(length));
    if (!list.is_valid()) throw nb::python_error();
    for (uint32_t i = 0; i < length; ++i) {
      v8::Local<v8::Value> item;
      if (!array->Get(context_, i).ToLocal(&item)) throw JsThrew();
      PyList_SET_ITEM(list.ptr(), i, member(item, array, depth).release().ptr());
    }
    path_.pop_back();
    return list;
  }

  // An item of a copied object or array. A function keeps its holder as `this`, as
  // `holder.f()` would in JS: `{ n: 5, total() { return this.n } }` copied to a dict still has
  // a working `total` (which reads the JS object, not the dict: the dict is a copy).
  nb::object member(v8::Local<v8::Value> item, v8::Local<v8::Object> holder, int depth) {
    if (item->IsFunction()) return wrap_handle(ctx_, item, holder);
    return convert(item, depth + 1);
  }

  nb::object dict(v8::Local<v8::Object> object, int depth) {
    enter(object, depth);
    v8::Local<v8::Array> keys;
    if (!object->GetOwnPropertyNames(context_, static_cast<v8::PropertyFilter>(v8::ONLY_ENUMERABLE | v8::SKIP_SYMBOLS),
                                     v8::KeyConversionMode::kConvertToString)
             .ToLocal(&keys)) {
      throw JsThrew();
    }
    nb::dict result;
    uint32_t length = keys->Length();
    for (uint32_t i = 0; i < length; ++i) {
      v8::Local<v8::Value> key, item;
      if (!keys->Get(context_, i).ToLocal(&key)) throw JsThrew();
      if (!object->Get(context_, key).ToLocal(&item)) throw JsThrew();
      nb::object py_key = key_object(key.As<v8::String>());
      if (PyDict_SetItem(result.ptr(), py_key.ptr(), member(item, object, depth).ptr()) < 0) {
        throw nb::python_error();
      }
    }
    path_.pop_back();
    return std::move(result);
  }

  // Property names come as internalized strings, the same object wherever a name repeats:
  // each distinct one becomes one interned Python str per conversion (the first few dozen).
  nb::object key_object(v8::Local<v8::String> key) {
    for (const auto& [js, python] : keys_) {
      if (js == key) return python;
    }
    PyObject* text = py_string(isolate_, key).release().ptr();
    PyUnicode_InternInPlace(&text);
    nb::object python = nb::steal(text);
    if (keys_.size() < kKeyCacheSize) keys_.emplace_back(key, python);
    return python;
  }

  nb::object view_bytes(v8::Local<v8::ArrayBufferView> view) {
    size_t length = view->ByteLength();
    nb::object result = nb::steal(PyBytes_FromStringAndSize(nullptr, length));
    if (!result.is_valid()) throw nb::python_error();
    view->CopyContents(PyBytes_AS_STRING(result.ptr()), length);
    return result;
  }

  nb::object buffer_bytes(const std::shared_ptr<v8::BackingStore>& store) {
    return nb::steal(PyBytes_FromStringAndSize(static_cast<const char*>(store->Data()),
                                               store->ByteLength()));
  }

  nb::object date(v8::Local<v8::Value> value) {
    double ms = value.As<v8::Date>()->ValueOf();
    if (std::isnan(ms)) return wrap_handle(ctx_, value);  // Invalid Date
    PyCache& c = cache();
    try {
      nb::object delta = c.timedelta(nb::arg("milliseconds") = ms);
      PyObject* result = PyNumber_Add(c.epoch.ptr(), delta.ptr());
      if (!result) throw nb::python_error();
      return nb::steal(result);
    } catch (nb::python_error&) {  // beyond Python's years 1..9999
      return wrap_handle(ctx_, value);
    }
  }

  const std::shared_ptr<ContextCore>& ctx_;
  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  unsigned made_ = 0;  // values converted so far
  v8::HeapStatistics heap_;
  bool heap_read_ = false;
  std::vector<v8::Local<v8::Object>> path_;
  std::vector<std::pair<v8::Local<v8::String>, nb::object>> keys_;
  v8::Local<v8::String> object_name_;  // "Object", made on first use
};

// A value that cannot cross, with the path to it, built while the recursion unwinds.
struct Unconvertible {
  PyObject* type_error;  // TypeError or ValueError
  std::string message;
  std::string path;
};

// "['key']": where a dict's item is, in an error's path.
std::string key_path(PyObject* key) {
  nb::str key_repr = nb::repr(nb::handle(key));
  return std::string("[") + key_repr.c_str() + "]";
}

class ToJS {
 public:
  explicit ToJS(const std::shared_ptr<ContextCore>& ctx)
      : ctx_(ctx), isolate_(ctx->iso->isolate), context_(isolate_->GetCurrentContext()) {}

  v8::Local<v8::Value> convert(PyObject* value) {
    if (value == Py_None) return v8::Null(isolate_);
    if (value == undefined_object().ptr()) return v8::Undefined(isolate_);
    if (PyBool_Check(value)) return v8::Boolean::New(isolate_, value == Py_True);
    if (PyLong_Check(value)) return integer(value);
    if (PyFloat_Check(value)) return v8::Number::New(isolate_, PyFloat_AS_DOUBLE(value));
    if (PyUnicode_Check(value)) return js_string(isolate_, value);
    if (is_handle(value)) return handle_value(nb::handle(value), ctx_);
    if (is_message(value)) return deliver_message(ctx_, value);
    if (PyList_Check(value) || PyTuple_Check(value)) return array(value);
    if (PyDict_Check(value)) return object(value);
    if (PyBytes_Check(value) || PyByteArray_Check(value) || PyMemoryView_Check(value)) {
      return bytes(value);
    }
    // The real type, not isinstance(): an object can claim any __class__.
    if ((cache(), PyDateTime_Check(value))) return date(value);
    if (PyCallable_Check(value)) {
      nb::object name = nb::getattr(value, "__name__", nb::str(""));
      v8::Local<v8::String> js_name = PyUnicode_Check(name.ptr())
                                          ? js_string(isolate_, name.ptr())
                                          : v8::String::Empty(isolate_);
      return make_function(ctx_, value, js_name);
    }
    throw Unconvertible{PyExc_TypeError,
                        std::string("cannot convert Python value of type '") +
                            Py_TYPE(value)->tp_name + "' to JavaScript",
                        ""};
  }

 private:
  v8::Local<v8::Value> integer(PyObject* value) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (!overflow) {
      if (v == -1 && PyErr_Occurred()) throw nb::python_error();
      if (v <= (1LL << 53) && v >= -(1LL << 53)) {
        return v8::Number::New(isolate_, static_cast<double>(v));
      }
      return v8::BigInt::New(isolate_, v);
    }
    return bigint_to_js(context_, value);
  }

  void enter(PyObject* container) {
    if (path_.size() >= static_cast<size_t>(kMaxCopyDepth)) {
      throw Unconvertible{PyExc_ValueError, "structure nested too deeply to convert", ""};
    }
    for (PyObject* open : path_) {
      if (open == container) {
        throw Unconvertible{PyExc_ValueError, "circular reference cannot be converted", ""};
      }
    }
    path_.push_back(container);
  }

  v8::Local<v8::Value> array(PyObject* sequence) {
    enter(sequence);
    // Python code may run while the items convert (a datetime subclass, a callable's
    // __name__) and change a list: convert a snapshot that holds its items.
    nb::object held = PyList_Check(sequence) ? nb::steal(PyList_AsTuple(sequence)) : nb::borrow(sequence);
    if (!held.is_valid()) throw nb::python_error();
    Py_ssize_t length = PyTuple_GET_SIZE(held.ptr());
    PyObject** items = PySequence_Fast_ITEMS(held.ptr());
    std::vector<v8::Local<v8::Value>> elements(static_cast<size_t>(length));
    for (Py_ssize_t i = 0; i < length; ++i) {
      try {
        elements[static_cast<size_t>(i)] = convert(items[i]);
      } catch (Unconvertible& e) {
        e.path = "[" + std::to_string(i) + "]" + e.path;
        throw;
      }
    }
    path_.pop_back();
    // One packed array made whole, rather than grown an element at a time.
    return v8::Array::New(isolate_, elements.data(), elements.size());
  }

  v8::Local<v8::Value> object(PyObject* dict) {
    enter(dict);
    v8::Local<v8::Object> result = v8::Object::New(isolate_);
    PyObject *key, *item;
    Py_ssize_t pos = 0;
    const Py_ssize_t size = PyDict_GET_SIZE(dict);
    while (PyDict_Next(dict, &pos, &key, &item)) {
      // Held while Python code may run (converting the item): it could empty the dict.
      nb::object key_held = nb::borrow(key), item_held = nb::borrow(item);
      if (!PyUnicode_Check(key)) {
        nb::str key_repr = nb::repr(nb::handle(key));
        throw Unconvertible{PyExc_TypeError,
                            std::string("dict key ") + key_repr.c_str() + " (" +
                                Py_TYPE(key)->tp_name + ") is not a str",
                            ""};
      }
      v8::Local<v8::Value> js_item;
      try {
        js_item = convert(item);
      } catch (Unconvertible& e) {
        e.path = key_path(key) + e.path;
        throw;
      }
      if (PyDict_GET_SIZE(dict) != size) {  // as Python's own iteration would say
        throw Unconvertible{PyExc_RuntimeError, "dict changed size during conversion", key_path(key)};
      }
      // Own data properties, as JSON.parse makes them: no setter of Object.prototype runs,
      // and a "__proto__" key is a key, not a change of prototype.
      if (result->CreateDataProperty(context_, key_string(key), js_item).IsNothing()) throw JsThrew();
    }
    path_.pop_back();
    return result;
  }

  // The rows of a table repeat their keys: each distinct key object becomes a V8 string
  // once per conversion (the first few dozen; the rest each time).
  // The cache holds a reference to each key, so that no other str can take its address
  // while the conversion runs (a datetime's timestamp() may run Python code).
  v8::Local<v8::String> key_string(PyObject* key) {
    for (const auto& [python, js] : keys_) {
      if (python.ptr() == key) return js;
    }
    v8::Local<v8::String> js = js_string(isolate_, key, v8::NewStringType::kInternalized);
    if (keys_.size() < kKeyCacheSize) keys_.emplace_back(nb::borrow(key), js);
    return js;
  }

  v8::Local<v8::Value> bytes(PyObject* value) {
    Py_buffer view;
    if (PyObject_GetBuffer(value, &view, PyBUF_C_CONTIGUOUS) < 0) throw nb::python_error();
    std::unique_ptr<v8::BackingStore> store =
        new_budgeted_backing_store(ctx_->iso->budget, static_cast<size_t>(view.len));
    if (!store) {
      PyBuffer_Release(&view);
      throw Unconvertible{PyExc_MemoryError,
                          "bytes of length " + std::to_string(view.len) +
                              " exceed the isolate's ArrayBuffer budget",
                          ""};
    }
    if (view.len) std::memcpy(store->Data(), view.buf, static_cast<size_t>(view.len));
    PyBuffer_Release(&view);
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate_, std::move(store));
    return v8::Uint8Array::New(buffer, 0, buffer->ByteLength());
  }

  // A naive datetime is local time, as datetime.timestamp() takes it. JS Dates hold whole
  // milliseconds: the microseconds are cut toward zero, as JS's TimeClip does.
  v8::Local<v8::Value> date(PyObject* value) {
    nb::object aware = nb::borrow(value);
    if (PyDateTime_DATE_GET_TZINFO(value) == Py_None) aware = cache().astimezone(aware);
    if (!PyDateTime_Check(aware.ptr())) raise_error(ErrorKind::type, "datetime.astimezone() returned no datetime");
    int64_t micros = utc_micros(aware.ptr());
    v8::Local<v8::Value> result;
    if (!v8::Date::New(context_, static_cast<double>(micros / 1000)).ToLocal(&result)) throw JsThrew();
    return result;
  }

  const std::shared_ptr<ContextCore>& ctx_;
  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  std::vector<PyObject*> path_;
  std::vector<std::pair<nb::object, v8::Local<v8::String>>> keys_;
};

}  // namespace

namespace {
PyObject* undefined_singleton = nullptr;
}

void set_undefined_object(nb::handle undefined) {
  undefined_singleton = undefined.inc_ref().ptr();
}

nb::handle undefined_object() { return undefined_singleton; }

namespace {

[[noreturn]] void too_long_for_js(Py_ssize_t length) {
  raise_error(ErrorKind::value, "a str of " + std::to_string(length) +
                                    " characters is longer than a JS string can be (" +
                                    std::to_string(v8::String::kMaxLength) + " UTF-16 code units)");
}

int64_t lent_size(PyObject* text) {
  return static_cast<int64_t>(PyUnicode_GET_LENGTH(text)) * PyUnicode_KIND(text);
}

// On whatever thread V8 let go of the string, without the GIL: the str is still held (its
// length and kind can be read), and is released, with its accounting, by a thread that holds
// the isolate.
void release_lent_string(void* owner, PyObject* text) {
  auto* core = static_cast<IsolateCore*>(owner);
  core->lent_bytes_released += lent_size(text);
  release_python_object(core, text);
}

}  // namespace

v8::Local<v8::String> js_string(v8::Isolate* isolate, PyObject* text, v8::NewStringType type) {
  Py_ssize_t length = PyUnicode_GET_LENGTH(text);
  if (length > v8::String::kMaxLength) too_long_for_js(length);
  int kind = PyUnicode_KIND(text);
  v8::MaybeLocal<v8::String> made;
  if (length >= kLendMinLength && kind != PyUnicode_4BYTE_KIND && type == v8::NewStringType::kNormal) {
    // Large Latin-1 and UCS-2 strs are read in place rather than copied (a copy of 1 MB
    // costs more in fresh pages for V8's large-object space than in the copying).
    IsolateCore* core = core_of(isolate);
    made = lend_string(isolate, text, release_lent_string, core);
    if (!made.IsEmpty()) core->lent(lent_size(text));
  } else if (kind == PyUnicode_1BYTE_KIND) {
    made = v8::String::NewFromOneByte(isolate, PyUnicode_1BYTE_DATA(text), type, static_cast<int>(length));
  } else if (kind == PyUnicode_2BYTE_KIND) {  // UCS-2 is UTF-16 without pairs; lone surrogates pass
    made = v8::String::NewFromTwoByte(isolate, PyUnicode_2BYTE_DATA(text), type, static_cast<int>(length));
  } else {
    const Py_UCS4* data = PyUnicode_4BYTE_DATA(text);
    std::vector<uint16_t> units;
    units.reserve(static_cast<size_t>(length) * 2);
    for (Py_ssize_t i = 0; i < length; ++i) {
      Py_UCS4 c = data[i];
      if (c >= 0x10000) {
        c -= 0x10000;
        units.push_back(static_cast<uint16_t>(0xD800 + (c >> 10)));
        units.push_back(static_cast<uint16_t>(0xDC00 + (c & 0x3FF)));
      } else {
        units.push_back(static_cast<uint16_t>(c));
      }
    }
    if (units.size() > static_cast<size_t>(v8::String::kMaxLength)) too_long_for_js(length);
    made = v8::String::NewFromTwoByte(isolate, units.data(), type, static_cast<int>(units.size()));
  }
  v8::Local<v8::String> result;
  if (!made.ToLocal(&result)) too_long_for_js(length);
  return result;
}

nb::object py_string(v8::Isolate* isolate, v8::Local<v8::String> text) {
  int length = text->Length();
  if (text->IsOneByte()) {
    nb::object result = nb::steal(PyUnicode_New(length, 255));
    if (!result.is_valid()) throw nb::python_error();
    text->WriteOneByte(isolate, PyUnicode_1BYTE_DATA(result.ptr()), 0, length,
                       v8::String::NO_NULL_TERMINATION);
    return result;
  }
  std::vector<uint16_t> units(static_cast<size_t>(length));
  text->Write(isolate, units.data(), 0, length, v8::String::NO_NULL_TERMINATION);
  int byteorder = -1;  // little-endian, as V8 wrote it on this machine
  PyObject* result = PyUnicode_DecodeUTF16(reinterpret_cast<const char*>(units.data()),
                                           static_cast<Py_ssize_t>(length) * 2, "surrogatepass",
                                           &byteorder);
  if (!result) throw nb::python_error();
  return nb::steal(result);
}

// Python's cycle collector stays off while a copy is built: the copy is a tree (a cycle in
// the JS value makes it a handle instead), yet the collector would walk the whole Python
// heap again and again as thousands of new lists and dicts pass its thresholds.
class CycleCollectorPaused {
 public:
  CycleCollectorPaused() : was_enabled_(PyGC_Disable()) {}
  ~CycleCollectorPaused() {
    if (was_enabled_) PyGC_Enable();
  }

 private:
  int was_enabled_;
};

nb::object to_python(const std::shared_ptr<ContextCore>& ctx, v8::Local<v8::Value> value) {
  ToPython converter(ctx);
  std::optional<CycleCollectorPaused> paused;
  if (value->IsArray() || (value->IsObject() && !value->IsFunction())) paused.emplace();
  nb::object result;
  try {
    result = converter.convert(value, 0);
  } catch (ToPython::NotCopyable&) {
    result = wrap_handle(ctx, value);
  }
  converter.stop_if_terminated();
  return result;
}

v8::Local<v8::Value> to_js(const std::shared_ptr<ContextCore>& ctx, nb::handle value,
                           const char* what, long index) {
  ToJS converter(ctx);
  // JS can throw while a value is made (a Message whose ArrayBuffers the budget refuses):
  // that becomes a Python exception here, whoever called, never a C++ one past V8's frames.
  v8::TryCatch try_catch(ctx->iso->isolate);
  try {
    return converter.convert(value.ptr());
  } catch (JsThrew&) {
    raise_from_js(ctx, try_catch, /*top_level=*/false);
  } catch (Unconvertible& e) {
    std::string where = what;
    if (index >= 0) where += " " + std::to_string(index);
    std::string message = e.message + " (in " + where + e.path + ")";
    PyErr_SetString(e.type_error, message.c_str());
    throw nb::python_error();
  }
}

}  // namespace toyjs
