"""Helpers shared by the test suite, one module per job (see tests/README.rst).

* :mod:`support.tokens`: the token constants tests use when the token's value does not matter.
* :mod:`support.clock`: an injectable clock that only moves when told to (or when slept on).
* :mod:`support.loopback`: a well-behaved threaded HTTP server on 127.0.0.1 that records requests.
* :mod:`support.rawserver`: a raw-socket server scripted byte by byte, for wire faults.
* :mod:`support.examples`: import docs/examples/*.py (or any script) as a fresh module.
* :mod:`support.markers`: the ``slow`` marker's default (left out unless -m names it).
* :mod:`support.light_import`: the "importing telebot_lite stays light" check.

Environment fixtures (no token, no proxy or CA-bundle variables) live in ``tests/conftest.py``.
"""
