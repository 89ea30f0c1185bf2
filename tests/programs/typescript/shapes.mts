export type Unit = "cm" | "in";
export interface Shape { kind: "square"; side: number }
export default interface Nothing {}
export function area(shape: Shape): number {
  return shape.side ** 2;
}
