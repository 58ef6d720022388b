"""
KoreShield's tests, run with C{python -m twisted.trial tests}.

Hypothesis's default deadline (200 ms per example) and its "too slow" health
check time the machine, not the code: on a loaded CI runner they fail
property tests that pass on a quiet one.  Timing goals live in
C{benchmarks/}, so the tests switch both off, once, here.
"""

from hypothesis import HealthCheck, settings

settings.register_profile("koreshield", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("koreshield")
