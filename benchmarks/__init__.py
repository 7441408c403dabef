"""Benchmarks: reproducible scale runs, kept out of the test suite's pass/fail."""
