# entitle's own words, in English: the source every translation follows.
# Ids are stable; a translation keeps each message's id and its variables
# (`{ $name }`) and words the rest as its readers would.

## Suggestions
did-you-mean = did you mean `{ $suggestion }`?
