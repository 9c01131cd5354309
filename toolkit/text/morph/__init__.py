"""Morphology for matching: each language gives the keys a word form may stand for.

Keys are compared as sets: a text word matches a glossary word when their key sets meet. The
Russian keys are lemmas (pymorphy3), the Kazakh ones candidate stems (our suffix analyser), the
English ones the word without possessive and plural endings.
"""
