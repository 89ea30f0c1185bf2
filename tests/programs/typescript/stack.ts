// Stack frames of a .ts ES module and a .cts CommonJS module: the lines and columns are the file's.
import { createRequire } from "node:module";
import { thrower } from "./stack_helper.cts";

interface Options { depth: number }
function deep<T>(options: Options, value: T): T {
  const error: Error = new Error(`at depth ${options.depth}`);
  const here = new URL(".", import.meta.url).href;
  console.log(error.stack!.split("\n").slice(0, 3).join("\n").replaceAll(here, "./"));
  return value;
}
deep<number>({ depth: 1 } satisfies Options, 1);
try {
  thrower(createRequire(import.meta.url).resolve("./stack_helper.cts"));
} catch (error) {
  const here = new URL(".", import.meta.url).href;
  console.log((error as Error).stack!.split("\n").slice(0, 3).join("\n").replaceAll(here, "./"));
}
