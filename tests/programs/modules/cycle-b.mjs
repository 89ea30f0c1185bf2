import { ping } from "./cycle-a.mjs";
export function pong(n) { return ping(n); }
