"""Renderers: they turn results of the library into what people and programs read."""
