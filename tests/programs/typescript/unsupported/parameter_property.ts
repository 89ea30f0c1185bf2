class Point {
  constructor(public x: number, private readonly y: number) {}
}
