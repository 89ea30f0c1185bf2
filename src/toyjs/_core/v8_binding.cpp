#include "v8_binding.h"
#include "view_bytes.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <map>
#include <memory>
#include <utility>

namespace toyjs {

namespace {

constexpr int kWrapField = 0;   // the C++ object behind the handle
constexpr int kOwnerField = 1;  // the node:v8 object whose methods the delegate calls
constexpr int kFieldCount = 2;

v8::Local<v8::String> text(v8::Isolate* isolate, const char* chars) {
  return v8::String::NewFromUtf8(isolate, chars, v8::NewStringType::kInternalized).ToLocalChecked();
}

void throw_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(text(isolate, message)));
}

void throw_type_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(text(isolate, message)));
}

// A C++ object owned by a JS handle object: deleted once the garbage collector has taken the
// handle (in the second pass, outside the collection, as V8's serializers free handles of
// their own when destroyed). The handle also holds the owner, the node:v8 object: a plain JS
// reference, so that owner and handle are collected together.
class Wrap {
 public:
  virtual ~Wrap() = default;

  template <class T>
  static T* of(v8::Local<v8::Object> handle) {
    return static_cast<T*>(static_cast<Wrap*>(handle->GetAlignedPointerFromInternalField(kWrapField)));
  }

 protected:
  explicit Wrap(v8::Isolate* isolate) : isolate_(isolate) {}

  void attach(v8::Local<v8::Object> handle, v8::Local<v8::Value> owner) {
    handle->SetAlignedPointerInInternalField(kWrapField, this);
    handle->SetInternalField(kOwnerField, owner);
    handle_.Reset(isolate_, handle);
    handle_.SetWeak(this, on_collected, v8::WeakCallbackType::kParameter);
  }

  // The owner's method `name`: false with an exception pending when reading it threw; an
  // empty `method` when the owner has no such function (the delegate's default applies).
  bool owner_method(const char* name, v8::Local<v8::Function>* method) {
    v8::Local<v8::Value> owner = this->owner();
    if (!owner->IsObject()) return true;
    v8::Local<v8::Value> value;
    if (!owner.As<v8::Object>()->Get(isolate_->GetCurrentContext(), text(isolate_, name)).ToLocal(&value)) {
      return false;
    }
    if (value->IsFunction()) *method = value.As<v8::Function>();
    return true;
  }

  v8::Local<v8::Value> owner() {
    return handle_.Get(isolate_)->GetInternalField(kOwnerField).As<v8::Value>();
  }

  v8::Isolate* isolate_;

 private:
  static void on_collected(const v8::WeakCallbackInfo<Wrap>& info) {
    info.GetParameter()->handle_.Reset();
    info.SetSecondPassCallback(destroy);
  }
  static void destroy(const v8::WeakCallbackInfo<Wrap>& info) { delete info.GetParameter(); }

  v8::Global<v8::Object> handle_;
};

// ---- Serializer

class SerializerWrap final : public Wrap, public v8::ValueSerializer::Delegate {
 public:
  SerializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> handle, v8::Local<v8::Value> owner)
      : Wrap(isolate), serializer(isolate, this) {
    attach(handle, owner);
  }

  // The owner's _getDataCloneError(message) makes the error thrown.
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Function> make;
    if (!owner_method("_getDataCloneError", &make)) return;
    if (make.IsEmpty()) {
      isolate_->ThrowException(v8::Exception::Error(message));
      return;
    }
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (make->Call(isolate_->GetCurrentContext(), owner(), 1, argv).ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

  // The owner's _writeHostObject(object) writes it (with writeUint32 and the like).
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    v8::Local<v8::Function> write;
    if (!owner_method("_writeHostObject", &write)) return v8::Nothing<bool>();
    if (write.IsEmpty()) return v8::ValueSerializer::Delegate::WriteHostObject(isolate, object);
    v8::Local<v8::Value> argv[] = {object};
    if (write->Call(isolate->GetCurrentContext(), owner(), 1, argv).IsEmpty()) return v8::Nothing<bool>();
    return v8::Just(true);
  }

  // The owner's _getSharedArrayBufferId(buffer) numbers a SharedArrayBuffer.
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    v8::Local<v8::Function> number;
    if (!owner_method("_getSharedArrayBufferId", &number)) return v8::Nothing<uint32_t>();
    if (number.IsEmpty()) return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, buffer);
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> argv[] = {buffer};
    v8::Local<v8::Value> id;
    if (!number->Call(context, owner(), 1, argv).ToLocal(&id)) return v8::Nothing<uint32_t>();
    return id->Uint32Value(context);
  }

  v8::ValueSerializer serializer;
};

SerializerWrap* serializer_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Wrap::of<SerializerWrap>(info.This());
}

void new_serializer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) return throw_type_error(info.GetIsolate(), "Serializer needs new");
  new SerializerWrap(info.GetIsolate(), info.This(), info[0]);
}

void write_header(const v8::FunctionCallbackInfo<v8::Value>& info) {
  serializer_of(info)->serializer.WriteHeader();
}

void write_value(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool written;
  if (serializer_of(info)->serializer.WriteValue(info.GetIsolate()->GetCurrentContext(), info[0]).To(&written)) {
    info.GetReturnValue().Set(written);
  }
}

// The bytes written so far, as an ArrayBuffer that owns them; the serializer starts afresh.
void release_buffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::pair<uint8_t*, size_t> bytes = serializer_of(info)->serializer.Release();
  if (bytes.second == 0) {
    std::free(bytes.first);
    info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      bytes.first, bytes.second, [](void* data, size_t, void*) { std::free(data); }, nullptr);
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void serializer_transfer_array_buffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t id;
  if (!info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&id)) return;
  if (!info[1]->IsArrayBuffer()) return throw_type_error(info.GetIsolate(), "arrayBuffer must be an ArrayBuffer");
  serializer_of(info)->serializer.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
}

void write_uint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t value;
  if (info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&value)) {
    serializer_of(info)->serializer.WriteUint32(value);
  }
}

// writeUint64(high, low): the two 32-bit halves.
void write_uint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t high, low;
  if (!info[0]->Uint32Value(context).To(&high) || !info[1]->Uint32Value(context).To(&low)) return;
  serializer_of(info)->serializer.WriteUint64((static_cast<uint64_t>(high) << 32) | low);
}

void write_double(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double value;
  if (info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).To(&value)) {
    serializer_of(info)->serializer.WriteDouble(value);
  }
}

// writeRawBytes(view): the bytes the view covers.
void write_raw_bytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBufferView()) return throw_type_error(isolate, "source must be a TypedArray or a DataView");
  ViewBytes bytes(info[0].As<v8::ArrayBufferView>());
  if (!bytes.data) return throw_type_error(isolate, "source is out of its buffer's bounds");
  serializer_of(info)->serializer.WriteRawBytes(bytes.data, bytes.length);
}

void treat_views_as_host_objects(const v8::FunctionCallbackInfo<v8::Value>& info) {
  serializer_of(info)->serializer.SetTreatArrayBufferViewsAsHostObjects(info[0]->BooleanValue(info.GetIsolate()));
}

// ---- Deserializer

using Bytes = std::unique_ptr<uint8_t, void (*)(void*)>;

class DeserializerWrap final : public Wrap, public v8::ValueDeserializer::Delegate {
 public:
  // `bytes` are a copy of the input, so that nothing JS does to its buffer meanwhile (detach
  // it, shrink it) can pull the memory from under V8's reader.
  DeserializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> handle, v8::Local<v8::Value> owner, Bytes bytes,
                   size_t size)
      : Wrap(isolate), bytes(std::move(bytes)), deserializer(isolate, this->bytes.get(), size, this) {
    attach(handle, owner);
  }

  // The owner's _readHostObject() reads one (with readUint32 and the like); it must be an object.
  // V8 reads values with JS disallowed (since V8 11), which the embedder may lift for this
  // callback. What JS could then do to the objects being read is ruled out by refusing
  // readHeader and readValue meanwhile: nothing else reaches those objects.
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Function> read;
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    if (!owner_method("_readHostObject", &read)) return {};
    if (read.IsEmpty()) return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    v8::Local<v8::Value> object;
    reading_host_object++;
    bool called = read->Call(isolate->GetCurrentContext(), owner(), 0, nullptr).ToLocal(&object);
    reading_host_object--;
    if (!called) return {};
    if (!object->IsObject()) {
      throw_type_error(isolate, "readHostObject must return an object");
      return {};
    }
    return object.As<v8::Object>();
  }

  // A SharedArrayBuffer given to transferArrayBuffer under `id`.
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    auto found = shared_buffers.find(id);
    if (found == shared_buffers.end()) return v8::ValueDeserializer::Delegate::GetSharedArrayBufferFromId(isolate, id);
    return found->second.Get(isolate);
  }

  Bytes bytes;
  v8::ValueDeserializer deserializer;
  int reading_host_object = 0;  // how deep in _readHostObject calls
  std::map<uint32_t, v8::Global<v8::SharedArrayBuffer>> shared_buffers;
};

DeserializerWrap* deserializer_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Wrap::of<DeserializerWrap>(info.This());
}

// new Deserializer(owner, view): reads a copy of the bytes `view` covers.
void new_deserializer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) return throw_type_error(isolate, "Deserializer needs new");
  if (!info[1]->IsArrayBufferView()) return throw_type_error(isolate, "buffer must be a TypedArray or a DataView");
  ViewBytes input(info[1].As<v8::ArrayBufferView>());
  if (!input.data) return throw_type_error(isolate, "buffer is out of its ArrayBuffer's bounds");
  Bytes bytes(static_cast<uint8_t*>(std::malloc(input.length ? input.length : 1)), std::free);
  if (!bytes) {
    isolate->ThrowException(v8::Exception::RangeError(text(isolate, "Array buffer allocation failed")));
    return;
  }
  std::memcpy(bytes.get(), input.data, input.length);
  new DeserializerWrap(isolate, info.This(), info[0], std::move(bytes), input.length);
}

// The deserializer of a readHeader or readValue call; null with an error thrown from inside
// _readHostObject (see ReadHostObject).
DeserializerWrap* deserializer_for_values(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DeserializerWrap* wrap = deserializer_of(info);
  if (wrap->reading_host_object > 0) {
    throw_error(info.GetIsolate(), "readHeader() and readValue() cannot be called from _readHostObject()");
    return nullptr;
  }
  return wrap;
}

void read_header(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DeserializerWrap* wrap = deserializer_for_values(info);
  bool read;
  if (wrap && wrap->deserializer.ReadHeader(info.GetIsolate()->GetCurrentContext()).To(&read)) {
    info.GetReturnValue().Set(read);
  }
}

void read_value(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DeserializerWrap* wrap = deserializer_for_values(info);
  v8::Local<v8::Value> value;
  if (wrap && wrap->deserializer.ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

void wire_format_version(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(deserializer_of(info)->deserializer.GetWireFormatVersion());
}

// transferArrayBuffer(id, buffer): what the serializer's side transferred under `id`.
void deserializer_transfer_array_buffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint32_t id;
  if (!info[0]->Uint32Value(isolate->GetCurrentContext()).To(&id)) return;
  DeserializerWrap* wrap = deserializer_of(info);
  if (info[1]->IsArrayBuffer()) {
    wrap->deserializer.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  } else if (info[1]->IsSharedArrayBuffer()) {
    wrap->shared_buffers[id].Reset(isolate, info[1].As<v8::SharedArrayBuffer>());
  } else {
    throw_type_error(isolate, "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
  }
}

void read_uint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t value;
  if (!deserializer_of(info)->deserializer.ReadUint32(&value)) return throw_error(info.GetIsolate(), "ReadUint32() failed");
  info.GetReturnValue().Set(value);
}

// readUint64(): [high, low], the two 32-bit halves.
void read_uint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint64_t value;
  if (!deserializer_of(info)->deserializer.ReadUint64(&value)) return throw_error(isolate, "ReadUint64() failed");
  v8::Local<v8::Value> halves[] = {v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
                                   v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value))};
  info.GetReturnValue().Set(v8::Array::New(isolate, halves, 2));
}

void read_double(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double value;
  if (!deserializer_of(info)->deserializer.ReadDouble(&value)) return throw_error(info.GetIsolate(), "ReadDouble() failed");
  info.GetReturnValue().Set(value);
}

// readRawBytes(length): where in the input the `length` bytes start (JS takes them from its
// own view of the input, as node does).
void read_raw_bytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int64_t length;
  if (!info[0]->IntegerValue(isolate->GetCurrentContext()).To(&length)) return;
  DeserializerWrap* wrap = deserializer_of(info);
  const void* data;
  if (length < 0 || !wrap->deserializer.ReadRawBytes(static_cast<size_t>(length), &data)) {
    return throw_error(isolate, "ReadRawBytes() failed");
  }
  info.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(data) - wrap->bytes.get()));
}

// ---- The heap's figures

void set_number(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key, double value) {
  (void)object->CreateDataProperty(context, text(context->GetIsolate(), key), v8::Number::New(context->GetIsolate(), value));
}

void heap_statistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  set_number(context, result, "total_heap_size", stats.total_heap_size());
  set_number(context, result, "total_heap_size_executable", stats.total_heap_size_executable());
  set_number(context, result, "total_physical_size", stats.total_physical_size());
  set_number(context, result, "total_available_size", stats.total_available_size());
  set_number(context, result, "used_heap_size", stats.used_heap_size());
  set_number(context, result, "heap_size_limit", stats.heap_size_limit());
  set_number(context, result, "malloced_memory", stats.malloced_memory());
  set_number(context, result, "peak_malloced_memory", stats.peak_malloced_memory());
  set_number(context, result, "does_zap_garbage", stats.does_zap_garbage());
  set_number(context, result, "number_of_native_contexts", stats.number_of_native_contexts());
  set_number(context, result, "number_of_detached_contexts", stats.number_of_detached_contexts());
  set_number(context, result, "total_global_handles_size", stats.total_global_handles_size());
  set_number(context, result, "used_global_handles_size", stats.used_global_handles_size());
  set_number(context, result, "external_memory", stats.external_memory());
  info.GetReturnValue().Set(result);
}

void heap_space_statistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> spaces = v8::Array::New(isolate);
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics stats;
    if (!isolate->GetHeapSpaceStatistics(&stats, i)) continue;
    v8::Local<v8::Object> space = v8::Object::New(isolate);
    (void)space->CreateDataProperty(context, text(isolate, "space_name"), text(isolate, stats.space_name()));
    set_number(context, space, "space_size", stats.space_size());
    set_number(context, space, "space_used_size", stats.space_used_size());
    set_number(context, space, "space_available_size", stats.space_available_size());
    set_number(context, space, "physical_space_size", stats.physical_space_size());
    (void)spaces->Set(context, spaces->Length(), space);
  }
  info.GetReturnValue().Set(spaces);
}

void heap_code_statistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapCodeStatistics stats;
  isolate->GetHeapCodeAndMetadataStatistics(&stats);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  set_number(context, result, "code_and_metadata_size", stats.code_and_metadata_size());
  set_number(context, result, "bytecode_and_metadata_size", stats.bytecode_and_metadata_size());
  set_number(context, result, "external_script_source_size", stats.external_script_source_size());
  set_number(context, result, "cpu_profiler_metadata_size", stats.cpu_profiler_metadata_size());
  info.GetReturnValue().Set(result);
}

void cached_data_version_tag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

// ---- The binding object

using Methods = std::initializer_list<std::pair<const char*, v8::FunctionCallback>>;

// A class whose instances carry a wrap, with `methods` that only its instances may receive
// (others get V8's "Illegal invocation").
v8::Local<v8::Function> native_class(v8::Local<v8::Context> context, const char* name,
                                     v8::FunctionCallback construct, Methods methods) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::FunctionTemplate> type = v8::FunctionTemplate::New(isolate, construct);
  type->SetClassName(text(isolate, name));
  type->InstanceTemplate()->SetInternalFieldCount(kFieldCount);
  v8::Local<v8::Signature> receiver = v8::Signature::New(isolate, type);
  for (const auto& [method, callback] : methods) {
    type->PrototypeTemplate()->Set(
        text(isolate, method),
        v8::FunctionTemplate::New(isolate, callback, v8::Local<v8::Value>(), receiver, 0,
                                  v8::ConstructorBehavior::kThrow));
  }
  return type->GetFunction(context).ToLocalChecked();
}

void set_function(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* name,
                  v8::FunctionCallback callback) {
  v8::Local<v8::Function> function =
      v8::Function::New(context, callback, v8::Local<v8::Value>(), 0, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  (void)object->CreateDataProperty(context, text(context->GetIsolate(), name), function);
}

}  // namespace

void v8_binding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> binding = v8::Object::New(isolate);
  v8::Local<v8::Function> serializer = native_class(
      context, "Serializer", new_serializer,
      {{"writeHeader", write_header},
       {"writeValue", write_value},
       {"releaseBuffer", release_buffer},
       {"transferArrayBuffer", serializer_transfer_array_buffer},
       {"writeUint32", write_uint32},
       {"writeUint64", write_uint64},
       {"writeDouble", write_double},
       {"writeRawBytes", write_raw_bytes},
       {"setTreatArrayBufferViewsAsHostObjects", treat_views_as_host_objects}});
  v8::Local<v8::Function> deserializer = native_class(
      context, "Deserializer", new_deserializer,
      {{"readHeader", read_header},
       {"readValue", read_value},
       {"getWireFormatVersion", wire_format_version},
       {"transferArrayBuffer", deserializer_transfer_array_buffer},
       {"readUint32", read_uint32},
       {"readUint64", read_uint64},
       {"readDouble", read_double},
       {"readRawBytes", read_raw_bytes}});
  (void)binding->CreateDataProperty(context, text(isolate, "Serializer"), serializer);
  (void)binding->CreateDataProperty(context, text(isolate, "Deserializer"), deserializer);
  set_function(context, binding, "heapStatistics", heap_statistics);
  set_function(context, binding, "heapSpaceStatistics", heap_space_statistics);
  set_function(context, binding, "heapCodeStatistics", heap_code_statistics);
  set_function(context, binding, "cachedDataVersionTag", cached_data_version_tag);
  info.GetReturnValue().Set(binding);
}

}  // namespace toyjs
