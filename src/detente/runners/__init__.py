"""Runners: how the stages are driven (batching, parallelism, error policy, counting).

`local` runs on this machine with a process pool; `spark` runs the same stage functions in
PySpark executors. Neither holds stage logic: that is in detente.pipeline and the stage packages.
"""
