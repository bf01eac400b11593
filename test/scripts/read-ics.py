"""Reads an iCalendar file with Python's icalendar (Debian's python3-icalendar) and prints
each VEVENT's facts as JSON, so that a test compares them with the records. The calendar
must parse in icalendar's strict mode, every line of at most 75 octets, ended by CRLF."""
import json
import sys

import icalendar

data = sys.stdin.buffer.read()
lines = data.split(b"\r\n")
assert lines[-1] == b"", "the calendar does not end with CRLF"
for number, line in enumerate(lines[:-1], 1):
    assert b"\n" not in line and b"\r" not in line, f"line {number} has a bare line break"
    assert len(line) <= 75, f"line {number} is {len(line)} octets long"

calendar = icalendar.Calendar.from_ical(data.decode("utf-8"))
zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND") if "DTEND" in event else None
    events.append({
        "uid": str(event["UID"]),
        "summary": str(event["SUMMARY"]),
        "description": str(event.get("DESCRIPTION", "")),
        "location": str(event["LOCATION"]) if "LOCATION" in event else None,
        "url": str(event["URL"]) if "URL" in event else None,
        "categories": [str(c) for c in event["CATEGORIES"].cats] if "CATEGORIES" in event else [],
        "start": start.isoformat(),
        "end": end.isoformat() if end is not None else None,
        "tzid": event["DTSTART"].params.get("TZID"),
        "stamp": event.decoded("DTSTAMP").isoformat(),
    })
# RFC 5545 3.4: a calendar holds at least one component (a VEVENT, a VTIMEZONE...).
components = [component.name for component in calendar.subcomponents]
print(json.dumps({"name": str(calendar["X-WR-CALNAME"]), "components": components, "zones": zones, "events": events}, ensure_ascii=False))
