// node:v8 beyond serialization: its exports, the heap's statistics (their keys and types and
// how they relate, not their values), and the functions that only check their arguments.
import v8 from "node:v8";
import * as namespace from "node:v8";

console.log(Object.keys(v8));
console.log(Object.keys(namespace).sort());

const describe = (object) => Object.entries(object).map(([key, value]) => `${key}: ${typeof value}`);
const heap = v8.getHeapStatistics();
console.log(describe(heap));
console.log("numbers are whole and not negative:", Object.values(heap).every((n) => Number.isInteger(n) && n >= 0));
console.log("used within total:", heap.used_heap_size <= heap.total_heap_size);
console.log("total within limit:", heap.total_heap_size <= heap.heap_size_limit);
console.log("a context at least:", heap.number_of_native_contexts >= 1);
console.log("handles used within total:", heap.used_global_handles_size <= heap.total_global_handles_size);
console.log("fresh each call:", v8.getHeapStatistics() !== v8.getHeapStatistics());

const spaces = v8.getHeapSpaceStatistics();
console.log("spaces:", Array.isArray(spaces), spaces.length > 3);
console.log("space keys:", [...new Set(spaces.map((space) => describe(space).join(", ")))]);
console.log("names:", spaces.every((space) => /^[a-z_]+_space$/.test(space.space_name)));
console.log("old space listed:", spaces.some((space) => space.space_name === "old_space"));

const code = v8.getHeapCodeStatistics();
console.log(describe(code));
console.log("bytecode counted:", code.bytecode_and_metadata_size > 0);

const tag = v8.cachedDataVersionTag();
console.log("tag:", typeof tag, Number.isInteger(tag), tag >= 0 && tag < 2 ** 32, tag === v8.cachedDataVersionTag());

function attempt(label, action) {
  try {
    console.log(`${label}: ok`, action());
  } catch (error) {
    console.log(`${label}: ${error.constructor.name} ${error.code} ${JSON.stringify(error.message)}`);
  }
}
attempt("setFlagsFromString of a number", () => v8.setFlagsFromString(1));
attempt("setFlagsFromString of nothing", () => v8.setFlagsFromString());
attempt("setHeapSnapshotNearHeapLimit of a string", () => v8.setHeapSnapshotNearHeapLimit("x"));
attempt("setHeapSnapshotNearHeapLimit of 0", () => v8.setHeapSnapshotNearHeapLimit(0));
attempt("setHeapSnapshotNearHeapLimit of 1.5", () => v8.setHeapSnapshotNearHeapLimit(1.5));
attempt("setHeapSnapshotNearHeapLimit of 2**32", () => v8.setHeapSnapshotNearHeapLimit(2 ** 32));
attempt("setHeapSnapshotNearHeapLimit of 2", () => v8.setHeapSnapshotNearHeapLimit(2));
attempt("takeCoverage", () => v8.takeCoverage());
attempt("stopCoverage", () => v8.stopCoverage());
console.log(Object.keys(v8.startupSnapshot));
attempt("building a snapshot", () => !v8.startupSnapshot.isBuildingSnapshot());
attempt("addSerializeCallback", () => v8.startupSnapshot.addSerializeCallback(() => {}));
attempt("addDeserializeCallback", () => v8.startupSnapshot.addDeserializeCallback(() => {}));
attempt("setDeserializeMainFunction", () => v8.startupSnapshot.setDeserializeMainFunction(() => {}));
console.log(Object.keys(v8.promiseHooks));
console.log(typeof v8.GCProfiler, typeof new v8.GCProfiler().start, typeof new v8.GCProfiler().stop);
