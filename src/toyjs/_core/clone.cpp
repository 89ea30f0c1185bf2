#include "clone.h"

namespace toyjs {

namespace {

v8::Local<v8::Value> data_clone_error(v8::Isolate* isolate, v8::Local<v8::String> message) {
  v8::Local<v8::Value> error = v8::Exception::Error(message);
  (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(),
                                    v8::String::NewFromUtf8Literal(isolate, "name"),
                                    v8::String::NewFromUtf8Literal(isolate, "DataCloneError"));
  return error;
}

void throw_data_clone_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(
      data_clone_error(isolate, v8::String::NewFromUtf8(isolate, message).ToLocalChecked()));
}

// structured_clone's platform table (clone.h), and the copies of the platform objects met so
// far, by number in the serialized data.
struct PlatformObjects {
  bool present = false;
  v8::Local<v8::Map> prototypes;
  v8::Local<v8::Function> clone;
  v8::Local<v8::Array> copies;
  uint32_t count = 0;
};

// False with a TypeError thrown when `platform` is neither undefined nor a table.
bool read_platform(v8::Local<v8::Context> context, v8::Local<v8::Value> platform, PlatformObjects& objects) {
  if (platform.IsEmpty() || platform->IsUndefined()) return true;
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> prototypes, clone;
  if (platform->IsArray() && platform.As<v8::Array>()->Length() == 2 &&
      platform.As<v8::Array>()->Get(context, 0).ToLocal(&prototypes) && prototypes->IsMap() &&
      platform.As<v8::Array>()->Get(context, 1).ToLocal(&clone) && clone->IsFunction()) {
    objects = {true, prototypes.As<v8::Map>(), clone.As<v8::Function>(), v8::Array::New(isolate), 0};
    return true;
  }
  if (!isolate->IsExecutionTerminating()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8Literal(isolate, "The platform table must be [prototypes, clone]")));
  }
  return false;
}

#if V8_MAJOR_VERSION >= 12
v8::Local<v8::Value> prototype_of(v8::Local<v8::Object> object) {
#if V8_MAJOR_VERSION >= 13
  return object->GetPrototypeV2();
#else
  return object->GetPrototype();
#endif
}
#endif

class CloneSerializer final : public v8::ValueSerializer::Delegate {
 public:
  CloneSerializer(v8::Local<v8::Context> context, PlatformObjects& platform, SerializedValue& out)
      : isolate_(context->GetIsolate()), context_(context), platform_(platform), out_(out) {}
  void attach(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(data_clone_error(isolate_, message));
  }

  // (V8 asks once for each SharedArrayBuffer; later references to it are back-references)
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*, v8::Local<v8::SharedArrayBuffer> buffer) override {
    out_.shared.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(out_.shared.size() - 1));
  }

#if V8_MAJOR_VERSION >= 12
  bool HasCustomHostObject(v8::Isolate*) override { return platform_.present; }

  // A platform object is one with an interface's prototype on its chain that the table's
  // clone() copies (it checks the instance's brand). V8 calls WriteHostObject next, for the
  // same object.
  v8::Maybe<bool> IsHostObject(v8::Isolate*, v8::Local<v8::Object> object) override {
    v8::Local<v8::Value> prototype = prototype_of(object);
    while (prototype->IsObject() && !prototype->IsProxy()) {
      v8::Local<v8::Value> number;
      if (!platform_.prototypes->Get(context_, prototype).ToLocal(&number)) return v8::Nothing<bool>();
      if (number->IsUint32()) return copy(object, number);
      prototype = prototype_of(prototype.As<v8::Object>());
    }
    return v8::Just(false);
  }
#endif

  // (the copy IsHostObject made is the last one)
  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object>) override {
    if (!platform_.present || platform_.count == 0) {
      throw_data_clone_error(isolate_, "Cannot clone object of unsupported type.");
      return v8::Nothing<bool>();
    }
    serializer_->WriteUint32(platform_.count - 1);
    return v8::Just(true);
  }

 private:
  v8::Maybe<bool> copy(v8::Local<v8::Object> object, v8::Local<v8::Value> number) {
    v8::Local<v8::Value> args[] = {object, number};
    v8::Local<v8::Value> copy;
    if (!platform_.clone->Call(context_, v8::Undefined(isolate_), 2, args).ToLocal(&copy)) {
      return v8::Nothing<bool>();
    }
    if (copy->IsUndefined()) return v8::Just(false);
    if (platform_.copies->CreateDataProperty(context_, platform_.count, copy).IsNothing()) return v8::Nothing<bool>();
    platform_.count++;
    return v8::Just(true);
  }

  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  PlatformObjects& platform_;
  SerializedValue& out_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class CloneDeserializer final : public v8::ValueDeserializer::Delegate {
 public:
  CloneDeserializer(v8::Local<v8::Context> context, const PlatformObjects& platform, const SerializedValue& in)
      : isolate_(context->GetIsolate()), context_(context), platform_(platform), in_(in) {}
  void attach(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  // A SharedArrayBuffer over the same memory as the one serialized.
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate*, uint32_t id) override {
    if (id >= in_.shared.size()) {
      throw_data_clone_error(isolate_, "Unable to deserialize cloned data.");
      return {};
    }
    return v8::SharedArrayBuffer::New(isolate_, in_.shared[id]);
  }

  // A platform object: the number of the copy made while serializing.
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate*) override {
    uint32_t number;
    v8::Local<v8::Value> copy;
    if (!platform_.present || !deserializer_->ReadUint32(&number) || number >= platform_.count ||
        !platform_.copies->Get(context_, number).ToLocal(&copy) || !copy->IsObject()) {
      throw_data_clone_error(isolate_, "Unable to deserialize cloned data.");
      return {};
    }
    return copy.As<v8::Object>();
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  const PlatformObjects& platform_;
  const SerializedValue& in_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

v8::Local<v8::Private> untransferable_key(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, v8::String::NewFromUtf8Literal(isolate, "toyjs:untransferable"));
}

// The ArrayBuffers of a transfer list (an array, or undefined/null) that move, the
// untransferable ones left out (they are copied); false with an exception pending when one
// cannot be transferred.
bool transfer_list(v8::Local<v8::Context> context, v8::Local<v8::Value> transfer,
                   std::vector<v8::Local<v8::ArrayBuffer>>& buffers) {
  v8::Isolate* isolate = context->GetIsolate();
  if (transfer->IsUndefined() || transfer->IsNull()) return true;
  if (!transfer->IsArray()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8Literal(isolate, "The transfer list must be an array")));
    return false;
  }
  auto list = transfer.As<v8::Array>();
  for (uint32_t i = 0; i < list->Length(); ++i) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return false;
    if (!item->IsArrayBuffer() || !item.As<v8::ArrayBuffer>()->IsDetachable()) {
      throw_data_clone_error(isolate, "Value not transferable");
      return false;
    }
    if (item.As<v8::ArrayBuffer>()->WasDetached()) {
      throw_data_clone_error(isolate, "An ArrayBuffer is detached and could not be transferred.");
      return false;
    }
    if (is_untransferable(context, item.As<v8::ArrayBuffer>())) continue;
    for (auto& seen : buffers) {
      if (seen == item) {
        throw_data_clone_error(isolate, "ArrayBuffer transferred twice");
        return false;
      }
    }
    buffers.push_back(item.As<v8::ArrayBuffer>());
  }
  return true;
}

bool serialize(v8::Local<v8::Context> context, v8::Local<v8::Value> value, v8::Local<v8::Value> transfer,
               SerializedValue& out, PlatformObjects& platform) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  if (!transfer_list(context, transfer, buffers)) return false;

  out.shared.clear();
  CloneSerializer delegate(context, platform, out);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.attach(&serializer);
  serializer.WriteHeader();
  for (uint32_t id = 0; id < buffers.size(); ++id) serializer.TransferArrayBuffer(id, buffers[id]);
  if (serializer.WriteValue(context, value).IsNothing()) return false;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  out.data.reset(data.first);
  out.size = data.second;
  out.transferred.clear();
  for (auto& buffer : buffers) {
    out.transferred.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  return true;
}

v8::MaybeLocal<v8::Value> deserialize(v8::Local<v8::Context> context, SerializedValue& serialized,
                                      const PlatformObjects& platform) {
  v8::Isolate* isolate = context->GetIsolate();
  CloneDeserializer delegate(context, platform, serialized);
  v8::ValueDeserializer deserializer(isolate, serialized.data.get(), serialized.size, &delegate);
  delegate.attach(&deserializer);
  if (deserializer.ReadHeader(context).IsNothing()) return {};
  for (uint32_t id = 0; id < serialized.transferred.size(); ++id) {
    deserializer.TransferArrayBuffer(id, v8::ArrayBuffer::New(isolate, std::move(serialized.transferred[id])));
  }
  serialized.transferred.clear();
  return deserializer.ReadValue(context);
}

}  // namespace

void mark_untransferable(v8::Local<v8::Context> context, v8::Local<v8::ArrayBuffer> buffer) {
  v8::Isolate* isolate = context->GetIsolate();
  (void)buffer->SetPrivate(context, untransferable_key(isolate), v8::True(isolate));
}

bool is_untransferable(v8::Local<v8::Context> context, v8::Local<v8::ArrayBuffer> buffer) {
  return buffer->HasPrivate(context, untransferable_key(context->GetIsolate())).FromMaybe(false);
}

bool serialize_value(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     v8::Local<v8::Value> transfer, SerializedValue& out) {
  PlatformObjects none;
  return serialize(context, value, transfer, out, none);
}

v8::MaybeLocal<v8::Value> deserialize_value(v8::Local<v8::Context> context, SerializedValue& serialized) {
  return deserialize(context, serialized, PlatformObjects());
}

v8::MaybeLocal<v8::Value> structured_clone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                           v8::Local<v8::Value> transfer, v8::Local<v8::Value> platform) {
  PlatformObjects objects;
  if (!read_platform(context, platform, objects)) return {};
  SerializedValue serialized;
  if (!serialize(context, value, transfer, serialized, objects)) return {};
  return deserialize(context, serialized, objects);
}

}  // namespace toyjs
