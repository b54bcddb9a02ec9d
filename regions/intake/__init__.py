"""Intake: spreadsheets in and out, and the import service, one concern
split by step (DESIGN.md, "Second version").

Pure (no Django imports):
- ``columns``   the files' columns, kinds of file, problems and their messages
- ``normalise`` a row's cells -> the form data the admin form expects
- ``read``      CSV/XLSX -> rows of text, streamed from the file object
- ``write``     rows -> CSV/XLSX, typed and guarded against formulas

Django:
- ``specs``       each kind's model, form and natural key
- ``places``      which region a row names (``resolve_region``)
- ``constraints`` the model's constraints, checked in Python for a file
- ``check``       a file checked row by row, in batches, by the admin's forms
- ``report``      what a checked file comes to, and its preview
- ``store``       the bulk write, with history
- ``export``      records out in the same columns; the template
- ``service``     ``records_import``: check, then write all or nothing

``regions.imports`` and ``regions.spreadsheets`` re-export the public names.
"""
