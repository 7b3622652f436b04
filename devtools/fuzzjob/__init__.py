"""The main job (scripts/fuzz.py): phases per vendor, one result model, HTML/Markdown/JUnit reports."""
