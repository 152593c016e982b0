"""How much of one line the field extractors read.

A byline, a date line, a tag list or a page title is a short line: the longest of the shared
dev set's 2,600 pages are under 350 characters. A line longer than :data:`FIELD_CHARS` is none of
them, so no field pattern reads more of a line than that, whatever the input holds (a run of
100,000 spaces, a page dumped on one line); where a step looks at the start of a long line (a
byline that runs into a bio, the wire opening of a paragraph), it reads that many characters.
"""

#: The most characters of one line a field extractor reads (see the module docstring).
FIELD_CHARS = 500
