# generated, do not edit; run python tools/botapi/generate.py
"""One module per Bot API type."""
