// An ArrayBuffer allocator that charges every backing store to a per-isolate budget.
// Kept free of nanobind: allocator.cpp is compiled without RTTI, as libnode is.
#pragma once

#include <v8.h>

#include <atomic>
#include <cstddef>
#include <memory>

namespace toyjs {

struct ArrayBufferBudget {
  std::size_t limit = 0;  // 0: unlimited
  std::atomic<std::size_t> used{0};
  // Called (on the JS thread) when an allocation is refused for lack of budget.
  void (*on_refused)(void* data) = nullptr;
  void* on_refused_data = nullptr;
};

std::shared_ptr<v8::ArrayBuffer::Allocator> make_budget_allocator(
    std::shared_ptr<ArrayBufferBudget> budget);

}  // namespace toyjs

namespace toyjs {

// Backing store for bytes copied in from Python, charged to the budget like JS's own
// ArrayBuffers; null when the budget or the system refuses (V8's own NewBackingStore
// would abort the process instead).
std::unique_ptr<v8::BackingStore> new_budgeted_backing_store(
    const std::shared_ptr<ArrayBufferBudget>& budget, std::size_t length);

}  // namespace toyjs
