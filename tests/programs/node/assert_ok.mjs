// assert.ok() in an ES module: the call quoted from the module's source.
import assert from "node:assert";
import { ok } from "node:assert";

for (const check of [() => assert(0), () => ok("" + ""), () => assert.strict.ok(undefined), () => assert(false, "given")]) {
  try {
    check();
  } catch (error) {
    console.log(JSON.stringify(error.message), error.generatedMessage);
  }
}
