"""Sphinx configuration for the telebot_lite documentation."""

import telebot_lite

project = "telebot_lite"
author = "the telebot_lite authors"
copyright = "2026, the telebot_lite authors"
release = telebot_lite.__version__
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
exclude_patterns = ["_build"]
html_theme = "alabaster"
