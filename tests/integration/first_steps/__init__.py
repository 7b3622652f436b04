"""Scripts written as a new user would, using each client only through its ``Client``/``AsyncClient``
attributes; ``tests/integration/test_first_steps.py`` runs them against the emulators and type-checks them
with ``mypy --strict`` against the generated clients."""
