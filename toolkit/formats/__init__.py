"""Document readers and writers: plain text, bilingual TSV, PO, XLIFF 1.2/2.0, TMX; the XML ones
share one hardened parser (:mod:`toolkit.formats.xml`)."""
