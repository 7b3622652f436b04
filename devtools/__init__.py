"""Developer tooling behind ``scripts/dev.py``: the quality gate and the main job's report."""
