# generated, do not edit; run python tools/botapi/generate.py
"""Generated code that is not a type or a method class."""
