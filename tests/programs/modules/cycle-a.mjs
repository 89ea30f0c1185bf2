import { pong } from "./cycle-b.mjs";
export function ping(n) { return n <= 0 ? "done" : pong(n - 1); }
