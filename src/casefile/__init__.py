"""casefile: news reports of violent incidents in, evidence-linked case records out."""
__version__ = "0.1.0"
