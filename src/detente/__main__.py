"""`python -m detente` runs the CLI."""
from detente.cli.main import main

main()
