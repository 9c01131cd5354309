"""Interchange formats of the glossary, one module per format, readers and writers over bytes
and text streams (the CLI opens the files)."""
