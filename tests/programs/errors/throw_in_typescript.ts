interface Point { x: number }
function reject(point: Point): never {
  throw new Error(`bad point ${point.x}`);
}
reject({ x: 1 } as Point);
