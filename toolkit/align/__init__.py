"""Sentence alignment of translations: which source sentences are which target sentences.

``bead`` (the unit of alignment), ``dp`` (beads from a cost function, nothing else), ``cost``
(Gale-Church lengths and lexical anchors), ``score`` (strict and lax precision and recall).
"""
