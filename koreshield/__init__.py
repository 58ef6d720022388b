"""
KoreShield: a security proxy that speaks the OpenAI HTTP API.

Requests flow through the package in the order its modules are named:
``http`` (listen, route, parse) -> ``scan`` -> ``providers`` (route to a
provider) -> ``relay`` (stream the answer back) -> ``observe`` (metrics, logs).
"""

__version__ = "0.1.0"
