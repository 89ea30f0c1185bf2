export const readings = { north: 12.5, south: 21.25, east: 17 };

export function summarize(results) {
  const values = results.map((r) => r.celsius);
  return {
    stations: results.map((r) => r.name).toSorted(),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    warmest: results.reduce((a, b) => (b.celsius > a.celsius ? b : a)).name,
  };
}
