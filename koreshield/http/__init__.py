"""
The HTTP face of KoreShield: the server, its routes, and the resources that
answer them (chat completions, models, health).
"""
