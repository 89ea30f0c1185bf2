const before: number = 1;
enum Color { Red, Green }
