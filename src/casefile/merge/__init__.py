"""merge: the incident record built from the records of its reports.

    merged = merge_records("inc_…", records)
    merged.record   # the Record (DESIGN.md), with conflicts
    merged.values   # every value each report gave, with evidence and date

    incidents = incidents_of(articles, records)   # resolve + merge in memory
"""

from casefile.merge.batch import first_article, incident_id, incidents_of
from casefile.merge.incident import Merged, merge_records, time_key
from casefile.merge.people import Mention, Person, group_people, same_surname

__all__ = ["Mention", "Merged", "Person", "first_article", "group_people", "incident_id",
           "incidents_of", "merge_records", "same_surname", "time_key"]
