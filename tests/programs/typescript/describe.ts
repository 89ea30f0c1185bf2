// A .ts file without a package "type": an ES module by its syntax.
export function describe(value: { size(): number }): string {
  return `size ${value.size()}`;
}
