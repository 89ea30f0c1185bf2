// A child gets the program's process.env, its changes included (the host's own never changes).
import { execSync } from "node:child_process";
process.env.TOYJS_CHILD_TEST = "from parent";
delete process.env.HOME;
console.log(execSync('echo "$TOYJS_CHILD_TEST/${HOME:-nohome}"').toString().trim());
