"""Task lists and the department report as CSV and XLSX files, deadlines as iCalendar feeds."""
