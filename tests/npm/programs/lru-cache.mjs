// lru-cache's README: a bounded cache that drops the least recently used entries.
import { LRUCache } from "lru-cache";

const disposed = [];
const cache = new LRUCache({ max: 3, dispose: (value, key, reason) => disposed.push(`${key}=${value}:${reason}`) });
cache.set("a", 1).set("b", 2).set("c", 3);
cache.get("a");
cache.set("d", 4);
console.log([...cache.keys()], [...cache.entries()], cache.has("b"), cache.size, disposed);
console.log(cache.peek("c"), cache.delete("c"), cache.pop(), [...cache.rvalues()], cache.dump().map(([k, e]) => [k, e.value]));
const sized = new LRUCache({ maxSize: 10, sizeCalculation: (value) => value.length });
sized.set("x", "12345").set("y", "123456");
console.log([...sized.keys()], sized.calculatedSize);
const fetching = new LRUCache({ max: 10, fetchMethod: async (key) => key.toUpperCase() });
console.log(await fetching.fetch("abc"), fetching.get("abc"), await fetching.fetch("abc"));
const memo = new LRUCache({ max: 5, memoMethod: (key) => key * 2 });
console.log(memo.memo(21), memo.get(21));
cache.clear();
console.log(cache.size, disposed.length, typeof LRUCache.prototype.forEach);
