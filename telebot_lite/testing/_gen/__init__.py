# generated, do not edit; run python tools/botapi/generate.py
"""Generated data for FakeTelegram."""
