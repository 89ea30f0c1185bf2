let calls = 0;
export const double = (x) => x * 2;
export function counter() { return ++calls; }
