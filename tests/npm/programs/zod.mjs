// zod's README: schemas that parse and report issues.
import { z } from "zod";

const User = z.object({ username: z.string().min(3), age: z.number().int().positive().optional(), email: z.string().email(), tags: z.array(z.enum(["admin", "user"])).default([]) });
console.log(User.parse({ username: "Ludwig", email: "l@example.com" }));
const result = User.safeParse({ username: "Lu", age: -3.5, email: "nope", tags: ["root"] });
console.log(result.success, JSON.stringify(result.error.issues));
console.log(result.error.flatten(), result.error.format().username);
try {
  z.string().parse(12);
} catch (error) {
  console.log(error.name, error.message);
}
const Shape = z.discriminatedUnion("kind", [z.object({ kind: z.literal("circle"), radius: z.number() }), z.object({ kind: z.literal("square"), side: z.number() })]);
console.log(Shape.parse({ kind: "circle", radius: 2 }), Shape.safeParse({ kind: "triangle" }).error.issues[0].message);
const Coerced = z.object({ n: z.coerce.number(), d: z.coerce.date(), s: z.string().trim().toLowerCase().transform((s) => s.split("")) });
console.log(Coerced.parse({ n: "42", d: "2020-01-01T00:00:00Z", s: "  ABC " }));
console.log(await z.string().refine(async (s) => s.length > 2, { message: "too short" }).safeParseAsync("ab").then((r) => r.error.issues[0].message));
console.log(z.union([z.string(), z.number()]).parse(3), z.tuple([z.string(), z.number()]).safeParse(["a", "b"]).success, z.record(z.number()).parse({ a: 1 }), User.shape.email.isOptional(), User.partial().parse({}));
