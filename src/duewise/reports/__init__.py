"""Writers for CSV, PDF and .ics exports."""
