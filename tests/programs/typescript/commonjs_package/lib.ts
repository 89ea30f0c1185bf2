exports.twice = (n: number): number => n * 2;
