"""The live class quiz: the web server students' phones use, its Qt bridge, the student page."""
