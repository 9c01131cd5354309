"""Document readers and writers: plain text, bilingual TSV, PO, XLIFF 1.2/2.0, TMX; the XML ones
share one hardened parser (:mod:`toolkit.formats.xml`). :mod:`toolkit.formats.registry` lists
them, and every reader gives a :class:`toolkit.formats.base.Bilingual`."""
