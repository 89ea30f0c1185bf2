"""The benchmark suite: `python -m bench` runs every area and writes docs/benchmarks.md.

Each area module (runtime, calls, isolation, web, workers) has ``measure(peers)`` returning
`suite.Measure` rows, and runs alone with ``python -m bench.<area>``.
"""
