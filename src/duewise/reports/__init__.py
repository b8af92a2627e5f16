"""Writers for CSV, PDF and .ics exports (Qt only for the PDF).

May import ``storage`` (the atomic writer), ``learning``, ``content``, ``finance``; never the UI.
"""
