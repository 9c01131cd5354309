"""Glossary QA of translations: each family of checks in a module, listed in ``registry``."""
