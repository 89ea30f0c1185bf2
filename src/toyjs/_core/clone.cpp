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

class CloneSerializer final : public v8::ValueSerializer::Delegate {
 public:
  explicit CloneSerializer(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(data_clone_error(isolate_, message));
  }

 private:
  v8::Isolate* isolate_;
};

}  // namespace

bool serialize_value(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                     v8::Local<v8::Value> transfer, SerializedValue& out) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  if (!transfer->IsUndefined() && !transfer->IsNull()) {
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
        isolate->ThrowException(data_clone_error(
            isolate, v8::String::NewFromUtf8Literal(isolate, "Value not transferable")));
        return false;
      }
      for (auto& seen : buffers) {
        if (seen == item) {
          isolate->ThrowException(data_clone_error(
              isolate, v8::String::NewFromUtf8Literal(isolate, "ArrayBuffer transferred twice")));
          return false;
        }
      }
      buffers.push_back(item.As<v8::ArrayBuffer>());
    }
  }

  CloneSerializer delegate(isolate);
  v8::ValueSerializer serializer(isolate, &delegate);
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

v8::MaybeLocal<v8::Value> deserialize_value(v8::Local<v8::Context> context, SerializedValue& serialized) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::ValueDeserializer deserializer(isolate, serialized.data.get(), serialized.size);
  if (deserializer.ReadHeader(context).IsNothing()) return {};
  for (uint32_t id = 0; id < serialized.transferred.size(); ++id) {
    deserializer.TransferArrayBuffer(id, v8::ArrayBuffer::New(isolate, std::move(serialized.transferred[id])));
  }
  serialized.transferred.clear();
  return deserializer.ReadValue(context);
}

v8::MaybeLocal<v8::Value> structured_clone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                           v8::Local<v8::Value> transfer) {
  SerializedValue serialized;
  if (!serialize_value(context, value, transfer, serialized)) return {};
  return deserialize_value(context, serialized);
}

}  // namespace toyjs
