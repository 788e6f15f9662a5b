// Work on a stream of inputs in parallel, with results handed on in input order and memory
// bounded: at most `window` inputs are being worked on or waiting for an earlier one, so a
// slow document holds the others back instead of letting results pile up. `minutes map`
// writes its JSON Lines through it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace minutes::cli {

// Calls `next` (one call at a time, in order) until it yields nothing, runs `work` on each
// input on `workers` threads, and calls `emit` on the calling thread with each result in
// input order. `work` must not throw.
template <typename Input, typename Result>
void ordered_map(unsigned workers, std::size_t window,
                 const std::function<std::optional<Input>()>& next,
                 const std::function<Result(Input)>& work,
                 const std::function<void(Result&)>& emit) {
  std::mutex input_mutex;  // held while reading the next input, so inputs are taken in order
  std::mutex mutex;        // guards the fields below
  std::condition_variable changed;
  std::deque<std::optional<Result>> slots;  // slot k: input number emitted + k
  std::size_t emitted = 0, taken = 0;
  bool exhausted = false;

  auto worker = [&] {
    for (;;) {
      std::unique_lock<std::mutex> reading(input_mutex);
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return exhausted || taken < emitted + window; });
        if (exhausted) return;
      }
      std::optional<Input> input = next();  // outside `mutex`: emitting goes on meanwhile
      std::size_t index;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (!input) {
          exhausted = true;
          changed.notify_all();
          return;
        }
        index = taken++;
        slots.emplace_back();
      }
      reading.unlock();
      Result result = work(std::move(*input));
      std::lock_guard<std::mutex> lock(mutex);
      slots[index - emitted] = std::move(result);
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 0; w < std::max(1u, workers); ++w) pool.emplace_back(worker);

  std::unique_lock<std::mutex> lock(mutex);
  for (;;) {
    changed.wait(lock,
                 [&] { return (!slots.empty() && slots.front()) || (exhausted && slots.empty()); });
    if (slots.empty()) break;
    Result result = std::move(*slots.front());
    slots.pop_front();
    ++emitted;  // with the pop, so that slot indexes stay right
    changed.notify_all();
    lock.unlock();
    emit(result);
    lock.lock();
  }
  lock.unlock();
  for (auto& t : pool) t.join();
}

}  // namespace minutes::cli
