// CommonJS in TypeScript: require and module.exports, types erased.
const { format } = require("node:util") as typeof import("node:util");
export type Counter = { count(n: number): number };
function count(n: number): number {
  return n * 10;
}
module.exports = { count, formatted: format("%s", "cts") } satisfies Counter & { formatted: string };
