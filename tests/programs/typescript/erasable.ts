// Every kind of TypeScript that erases, in an ES module (the `import` makes it one).
import { type Shape, area, type Unit } from "./shapes.mts";
import type { Counter } from "./counter.cts";
import type * as Everything from "./shapes.mts";
import type Default from "./shapes.mts";
import type Legacy = require("./counter.cts");
import counter from "./counter.cts";
import { describe } from "./describe.ts";
export type { Shape };
export { type Unit };
export type * from "./shapes.mts";

interface Point { x: number; y?: number; readonly tag: string }
type Pair<A, B = A> = [A, B];
type Mapped = { [K in keyof Point]-?: Point[K] };
declare const ambient: number;
declare function external(): void;
declare class Outside {}
declare enum Gone { A }
declare namespace Ambient { const value: number }
declare module "virtual" { export const v: number }
declare global { interface Array<T> { extra?(): T } }
namespace OnlyTypes { export type Inner = string; export interface Also {} }
namespace Nested.Deeper { export type Leaf = 1 }

abstract class Base<T extends object> implements Iterable<T> {
  abstract size(): number;
  abstract label: string;
  declare kind: string;
  private items: T[] = [];
  protected readonly limit?: number;
  public static override: boolean = true;
  [key: string]: unknown;
  definite!: number;
  add(this: Base<T>, item: T): this {
    this.items.push(item);
    return this;
  }
  *[Symbol.iterator](): Iterator<T> {
    yield* this.items;
  }
  get first(): T | undefined {
    return this.items[0];
  }
  optional?(): void;
  overloaded(value: string): string;
  overloaded(value: number): number;
  overloaded(value: unknown): unknown {
    return value;
  }
}

class Bag<T extends object> extends Base<T> {
  label = "bag";
  size(): number {
    return [...this].length;
  }
  override add(item: T): this {
    return super.add(item);
  }
}

function identity<const T>(value: T): T {
  return value;
}
function check(value: unknown): asserts value is string {
  if (typeof value !== "string") throw new TypeError("not a string");
}
function isNumber(value: unknown): value is number {
  return typeof value === "number";
}
function options(first?: number, ...rest: Array<number>): number {
  return (first ?? 0) + rest.length;
}
function overload(a: string): string;
function overload(a: number): number;
function overload(a: any): any {
  return a;
}

const bag = new Bag<{ n: number }>();
bag.add({ n: 1 }).add({ n: 2 });
console.log(bag.size(), bag.first, bag.label, Base.override, bag.overloaded("o"));
const stringIdentity = identity<string>;
console.log(stringIdentity("instantiation"), identity<number[]>([1, 2])!.length);
const unknownValue: unknown = "text";
const length = (unknownValue as string).length;
const sure = unknownValue!;
const checked = { a: 1 } satisfies Record<string, number>;
const constant = ["x", "y"] as const;
let later!: number;
later = 4;
const generic = <U,>(value: U): U => value;
const asyncGeneric = async <U>(value: U): Promise<U> => value;
const spread = (a: number):
  number => a + 1;
check(unknownValue);
console.log(length, sure, checked, constant, later, generic(5), spread(1), isNumber(3), options(1, 2, 3));
console.log(overload("ov"), overload(7));
for (const k of [1, 2] as number[]) console.log("loop", k);
const pair: Pair<number> = [1, 2];
let asserted = pair as unknown as Pair<string>
;(function () { console.log("statement", asserted.length) })()
let shape = { kind: "square", side: 2 } as Shape
(function () { console.log("after an assertion") })()
type Later = number
(function () { console.log("after a type") })()
console.log(area({ kind: "square", side: 3 }), counter.count(2), describe(bag));
try {
  catchTyped();
} catch (error: unknown) {
  console.log("caught", (error as Error).message);
}
function catchTyped(): never {
  throw new Error("typed catch");
}
asyncGeneric("later").then((value: string) => console.log(value));
