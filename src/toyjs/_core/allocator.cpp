#include "allocator.h"

#include <cstdlib>
#include <cstring>

namespace toyjs {

namespace {

class BudgetAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  explicit BudgetAllocator(std::shared_ptr<ArrayBufferBudget> budget)
      : budget_(std::move(budget)) {}

  void* Allocate(std::size_t length) override {
    if (!charge(length)) return nullptr;
    void* data = std::calloc(length ? length : 1, 1);
    if (!data) budget_->used -= length;
    return data;
  }

  void* AllocateUninitialized(std::size_t length) override {
    if (!charge(length)) return nullptr;
    void* data = std::malloc(length ? length : 1);
    if (!data) budget_->used -= length;
    return data;
  }

  void Free(void* data, std::size_t length) override {
    std::free(data);
    budget_->used -= length;
  }

 private:
  bool charge(std::size_t length) {
    std::size_t limit = budget_->limit;
    std::size_t before = budget_->used.fetch_add(length);
    if (limit == 0 || before + length <= limit) return true;
    budget_->used -= length;
    if (budget_->on_refused) budget_->on_refused(budget_->on_refused_data);
    return false;
  }

  std::shared_ptr<ArrayBufferBudget> budget_;
};

}  // namespace

std::shared_ptr<v8::ArrayBuffer::Allocator> make_budget_allocator(
    std::shared_ptr<ArrayBufferBudget> budget) {
  return std::make_shared<BudgetAllocator>(std::move(budget));
}

}  // namespace toyjs

namespace toyjs {

namespace {
struct ChargedBlock {
  std::shared_ptr<ArrayBufferBudget> budget;
  std::size_t length;
};

void free_charged(void* data, std::size_t, void* deleter_data) {
  auto* block = static_cast<ChargedBlock*>(deleter_data);
  std::free(data);
  block->budget->used -= block->length;
  delete block;
}
}  // namespace

std::unique_ptr<v8::BackingStore> new_budgeted_backing_store(
    const std::shared_ptr<ArrayBufferBudget>& budget, std::size_t length) {
  std::size_t before = budget->used.fetch_add(length);
  if (budget->limit && before + length > budget->limit) {
    budget->used -= length;
    return nullptr;
  }
  void* data = std::malloc(length ? length : 1);
  if (!data) {
    budget->used -= length;
    return nullptr;
  }
  return v8::ArrayBuffer::NewBackingStore(data, length, free_charged,
                                          new ChargedBlock{budget, length});
}

}  // namespace toyjs
