"""`detente ingest --engine spark` starts with no log4j notes on stderr: Spark's 'Setting default log level to
"WARN"' and 'To adjust logging level use sc.setLogLevel(newLevel)' came before detente's own lines, and a
newcomer read them as errors (newcomer16, session 27). They are silenced in Spark's own log4j configuration
(the PythonGatewayServer logger), not by swallowing stderr: an ERROR still prints."""
from __future__ import annotations

import subprocess
import sys

import pytest

from detente.runners import spark as spark_runner
from tests.runners.test_runners_spark import need_spark

START = """
import sys, tempfile
from detente.runners.spark import _session
with tempfile.TemporaryDirectory() as scratch:
    spark = _session("local[1]", scratch)
    log = spark.sparkContext._jvm.org.apache.log4j.LogManager.getLogger("detente.test")
    log.error("an error still reaches stderr")
    spark.stop()
print("stopped")
"""


def test_the_log4j_configuration_sets_the_gateway_logger_spark_asks_about():
    lines = spark_runner.LOG4J_PROPERTIES.splitlines()
    assert "logger.gateway.name = org.apache.spark.api.python.PythonGatewayServer" in lines
    assert "logger.gateway.level = error" in lines and "rootLogger.level = error" in lines


@pytest.mark.spark
@pytest.mark.slow
def test_a_spark_session_starts_without_log_level_notes_and_errors_still_print():
    need_spark()
    run = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "stopped", run.stderr
    assert "Setting default log level" not in run.stderr, run.stderr
    assert "setLogLevel" not in run.stderr, run.stderr
    assert "an error still reaches stderr" in run.stderr, run.stderr
