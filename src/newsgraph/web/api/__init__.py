"""The JSON API: reads over the corpus, and the write endpoints behind the token."""
