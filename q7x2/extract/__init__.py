"""Stage 3: extractors. Each is built once from the gazetteers and called on a Document,
to which it adds its mentions (``doc.mention(kind, start, end, value)``)."""
