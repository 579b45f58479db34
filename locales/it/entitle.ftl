# entitle's own words, translated from ../en/entitle.ftl; a missing message falls back to English.
# Ids are stable; a translation keeps each message's id and its variables
# (`{ $name }`) and words the rest as its readers would.

## Suggestions
did-you-mean = forse intendevi `{ $suggestion }`?
