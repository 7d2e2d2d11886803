"""Micro-benchmark baseline: a program that does nothing.

Its time is the fixed cost every other benchmark includes (a fresh
runtime, loading the .pyc, shutdown); subtract it to compare per-operation
times.

usage: startup.py [N]   (N is ignored)
"""
