export function report({ stations, mean, warmest }) {
  return { stations, mean: Number(mean.toFixed(2)), warmest, readAt: new Map([["unit", "celsius"]]) };
}
