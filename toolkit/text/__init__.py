"""The text layer: normalization for matching keys, Kazakh scripts, tokens, sentences, morphology.

Nothing here changes the text users see: every function either returns keys for comparison or
keeps offsets into the original string.
"""
