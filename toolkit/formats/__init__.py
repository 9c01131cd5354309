"""Document readers: plain text now; TSV, PO, XLIFF and TMX follow the same shape."""
